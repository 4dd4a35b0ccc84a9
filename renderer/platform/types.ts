// The renderer's only view of the host: Electron's preload API or the browser stand-in.
import type { DesignerApi, MenuCommand } from '../../electron/api';

export type {
  AutosaveRecord,
  AutosaveSnapshot,
  DesignerApi,
  MenuCommand,
  MenuCommandName,
  OpenOutcome,
  SaveOutcome,
  OpenedFile,
  ExportRequest,
} from '../../electron/api';

export interface Platform extends Omit<DesignerApi, 'onMenuCommand'> {
  kind: 'electron' | 'web';
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
