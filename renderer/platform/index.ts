// The single place that touches `window.designer` (the preload API).
import { electronPlatform } from './electronPlatform';
import type { DesignerApi, Platform } from './types';
import { webPlatform } from './webPlatform';

const api = (window as unknown as { designer?: DesignerApi }).designer;

export const platform: Platform = api ? electronPlatform(api) : webPlatform();
export type { Platform } from './types';
