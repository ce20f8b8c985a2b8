import { defineMessages } from './define';

const zh = {
  updateNewVersion: '本应用有新版本可用。',
  updateChunkFailed: '本应用已更新，当前页面的部分内容无法再加载。请重新加载以使用新版本（您的工作保存在本浏览器中）。',
  updateChunkFailedAgain: '重新加载后仍有部分内容无法加载：可能是网络中断或网站正在更新。请检查网络后再试。',
  updateReload: '重新加载',
  updateLater: '稍后',
} as const;

const en: Record<keyof typeof zh, string> = {
  updateNewVersion: 'A new version of this app is available.',
  updateChunkFailed: 'The app was updated, and part of this page can no longer be loaded. Reload to use the new version (your work is kept in this browser).',
  updateChunkFailedAgain: 'Part of the app still cannot be loaded after reloading: the network may be down, or the site is being updated. Check the connection and try again.',
  updateReload: 'Reload',
  updateLater: 'Later',
};

/** A newer version of the app: the service worker's prompt, and a chunk gone after a redeploy. */
export const updateMessages = defineMessages(zh, en);
