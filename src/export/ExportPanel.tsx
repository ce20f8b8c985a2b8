import { Popover } from '../app/Popover';
import { useT } from '../i18n/useT';
import { exportFeature } from '../lazy/features';
import { FeatureGate } from '../lazy/FeatureGate';
import { useAppStore } from '../state/store';

/** The top bar's export button; its panel (PNG, print sheets) loads when first opened. */
export function ExportPanel() {
  const { t } = useT();
  return (
    <Popover label={t('export')} title={t('exportTitle')} testId="export">
      <FeatureGate feature={exportFeature}>{(feature) => <feature.ExportContent />}</FeatureGate>
    </Popover>
  );
}

/** The printed sheet, while one is asked for (only the export panel asks, so its feature is loaded by then). */
export function LazyPrintSheet() {
  const asked = useAppStore((state) => state.printSheet !== null);
  if (!asked) return null;
  return <FeatureGate feature={exportFeature} quiet>{(feature) => <feature.PrintSheet />}</FeatureGate>;
}
