// The mock-call preview in VS Code: commands, the panel serializer, and the panel manager.
import * as vscode from 'vscode';
import { PreviewManager } from './preview-manager.js';
import { PREVIEW_VIEW_TYPE } from './preview-panel.js';
import type { PreviewServer } from './preview-source.js';
import { PLAY_FROM_SECTION_COMMAND } from '../../../shared/protocol.js';

/** Command IDs, as contributed in package.json. */
export const PREVIEW_COMMANDS = {
  open: 'empathyLint.openPreview',
  openToSide: 'empathyLint.openPreviewToSide',
} as const;

/** Registers the preview's commands and serializer; called once from activate(). */
export function registerPreview(context: vscode.ExtensionContext, server: PreviewServer): void {
  const manager = new PreviewManager(context.extensionUri, server);
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand(PREVIEW_COMMANDS.open, (uri?: unknown) => manager.open(uri instanceof vscode.Uri ? uri : undefined, false)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.openToSide, (uri?: unknown) => manager.open(uri instanceof vscode.Uri ? uri : undefined, true)),
    // from a code lens: [document URI (string), section header line]
    vscode.commands.registerCommand(PLAY_FROM_SECTION_COMMAND, (uri?: unknown, line?: unknown) =>
      typeof uri === 'string' && typeof line === 'number' ? manager.openAt(vscode.Uri.parse(uri), line) : manager.open(undefined, true),
    ),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
  );
}
