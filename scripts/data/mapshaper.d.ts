/** The one function of mapshaper's Node API the data build uses (the package ships no types). */
declare module 'mapshaper' {
  /**
   * Runs mapshaper commands on in-memory inputs: `input` maps the file names named by
   * `-i` to their content; the result maps each output file name to its content.
   */
  export function applyCommands(
    commands: string,
    input: Record<string, unknown>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
