// Page object for the designer: what a user does, in the user's terms. Canvas positions are in
// pixels from the canvas's top-left corner; at the initial zoom (1) they are also flow units.
import { expect, type Locator, type Page } from '@playwright/test';

export type Side = 't' | 'r' | 'b' | 'l';

export class DesignerPage {
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('canvas');
    this.inspector = page.getByTestId('inspector');
    this.statusBar = page.getByTestId('statusbar');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.canvas).toBeVisible();
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  edges(kind?: string): Locator {
    return kind ? this.page.locator(`[data-testid^="edge-"][data-kind="${kind}"]`) : this.page.locator('[data-testid^="edge-"]');
  }

  nodes(kind?: string): Locator {
    return kind ? this.page.locator(`[data-testid^="node-"][data-kind="${kind}"]`) : this.page.locator('[data-testid^="node-"]');
  }

  /** Drags a palette item onto the canvas so that the new element's top-left lands at (x, y). */
  async drop(presetId: string, x: number, y: number): Promise<void> {
    await this.page.getByTestId(`palette-${presetId}`).dragTo(this.canvas, { targetPosition: { x, y } });
  }

  async handleCentre(nodeId: string, side: Side): Promise<{ x: number; y: number }> {
    const node = this.node(nodeId);
    await node.hover();
    const handle = node.getByTestId(`handle-${side}`).first();
    // Handles are hidden until their element is hovered: wait for the hover to show it.
    await expect(handle).toBeVisible();
    const box = await handle.boundingBox();
    if (!box) throw new Error(`handle ${side} of ${nodeId} is not on screen`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Presses on one element's handle, drags to another's and releases, like a user drawing a link.
   * The pointer goes to the first handle and waits for it to show before pressing, and the second
   * handle is located once the link is being drawn (every handle shows then): a press on a handle
   * that is still hidden would pan the canvas instead, which happened on a slow machine.
   */
  async connect(from: string, fromSide: Side, to: string, toSide: Side, options: { release?: boolean } = {}): Promise<void> {
    const a = await this.handleCentre(from, fromSide);
    await this.page.mouse.move(a.x, a.y);
    await expect(this.node(from).getByTestId(`handle-${fromSide}`).first()).toBeVisible();
    await this.page.mouse.down();
    // React Flow starts a link once the pointer has moved more than a pixel.
    await this.page.mouse.move(a.x + 3, a.y + 3);
    await expect(this.canvas).toHaveClass(/is-connecting/);
    const target = this.node(to).getByTestId(`handle-${toSide}`).first();
    await expect(target).toBeVisible();
    const box = await target.boundingBox();
    if (!box) throw new Error(`handle ${toSide} of ${to} is not on screen`);
    const b = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x, b.y, { steps: 5 });
    if (options.release !== false) await this.page.mouse.up();
  }

  /** Clicks an element's title area, which selects it. */
  async select(id: string): Promise<void> {
    const node = this.node(id);
    const box = (await node.boundingBox())!;
    await this.page.mouse.click(box.x + Math.min(60, box.width / 2), box.y + 14);
  }

  /** Clicks a link where its label sits: the label lets clicks through to the line beneath. */
  async selectLink(id: string): Promise<void> {
    const box = (await this.page.getByTestId(`edge-${id}`).boundingBox())!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  field(testId: string): Locator {
    return this.inspector.getByTestId(`input-${testId}`);
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** File ▸ Open through the toolbar, choosing `filePath` in the browser's file chooser. */
  async openFile(filePath: string): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('tool-open').click();
    await (await choosing).setFiles(filePath);
  }

  /** The toast that mentions `text` (several may be up at once). */
  toast(text: string): Locator {
    return this.page.getByTestId('toast').filter({ hasText: text });
  }

  /**
   * Drops a file onto the canvas as the system would from a file manager: a DragEvent sequence
   * whose DataTransfer holds a File built in the page from `text`.
   */
  async dropFile(name: string, text: string): Promise<void> {
    await this.canvas.evaluate(
      (canvas, file) => {
        const data = new DataTransfer();
        data.items.add(new File([file.text], file.name, { type: file.name.endsWith('.json') ? 'application/json' : '' }));
        const box = canvas.getBoundingClientRect();
        const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
        for (const type of ['dragenter', 'dragover', 'drop']) {
          canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data, ...at }));
        }
      },
      { name, text },
    );
  }

  /** The "Restore unsaved changes…?" prompt shown at start when an autosave exists. */
  get restorePrompt(): Locator {
    return this.page.getByTestId('restore-prompt');
  }

  /** Waits until the open design's unsaved changes have been autosaved. */
  async waitForAutosave(): Promise<void> {
    await expect(this.page.getByTestId('autosave-status')).toHaveAttribute('data-state', 'saved');
  }

  /** Waits until the app has looked for an autosave at start (and offered it, or found none). */
  async waitForAutosaveCheck(): Promise<void> {
    await expect(this.page.getByTestId('autosave-status')).not.toHaveAttribute('data-phase', 'checking');
  }

  /** Clicks an empty spot of the canvas (bottom middle, clear of the controls and minimap). */
  async clickCanvasBackground(): Promise<void> {
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height - 12);
  }

  /** File ▸ New from Template…'s gallery dialog. */
  get templateGallery(): Locator {
    return this.page.getByTestId('template-gallery');
  }

  /** Opens the template gallery with the toolbar's Templates button or with Shift+Ctrl+N. */
  async openTemplateGallery(via: 'toolbar' | 'keyboard' = 'toolbar'): Promise<void> {
    if (via === 'toolbar') await this.page.getByTestId('tool-newFromTemplate').click();
    else await this.page.keyboard.press('Shift+Control+N');
    await expect(this.templateGallery).toBeVisible();
  }

  templateCard(id: string): Locator {
    return this.templateGallery.getByTestId(`template-card-${id}`);
  }

  /** The full-window presenter view (View ▸ Present, F5). */
  get presenter(): Locator {
    return this.page.getByTestId('presenter');
  }

  /** An element or link as presenter mode draws it (its own test ids: the editor stays mounted behind). */
  presented(id: string): Locator {
    return this.page.locator(`[data-testid="present-node-${id}"], [data-testid="present-edge-${id}"]`);
  }

  /** Opens the scenes tab of the bottom panel. */
  async openScenes(): Promise<Locator> {
    await this.page.getByTestId('tab-scenes').click();
    return this.page.getByTestId('scenes-panel');
  }

  /** Clicks each element's title area with Shift held after the first, selecting them all. */
  async selectAll(ids: string[]): Promise<void> {
    for (const [i, id] of ids.entries()) {
      if (i === 1) await this.page.keyboard.down('Shift');
      await this.select(id);
    }
    if (ids.length > 1) await this.page.keyboard.up('Shift');
  }

  /** The editor's palette and toolbar, hidden while presenting. */
  get palette(): Locator {
    return this.page.getByTestId('palette');
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Commands' });
  }

  /** The ids of the elements (or links) presenter mode draws, sorted. */
  async presentedIds(what: 'elements' | 'links'): Promise<string[]> {
    const prefix = what === 'elements' ? 'present-node-' : 'present-edge-';
    const ids = await this.presenter.locator(`[data-testid^="${prefix}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!));
    return ids.map((id) => id.slice(prefix.length)).sort();
  }

  /** The overlay's line for one site's path in use to one VNet (data-via says which kind). */
  presentedPath(siteId: string, vnetId: string): Locator {
    return this.page.getByTestId(`present-path-${siteId}-${vnetId}`);
  }

  /** Waits until the presenter's fit-to-scene animation has come to rest, for a steady picture. */
  async waitForPresenterToSettle(): Promise<void> {
    await this.waitForViewToSettle(this.presenter.locator('.react-flow__viewport'));
  }

  /** Waits until a React Flow view has stopped moving (the fit after opening or presenting is animated). */
  async waitForViewToSettle(viewport: Locator): Promise<void> {
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await viewport.evaluate((el: HTMLElement) => el.style.transform);
          const still = now === last;
          last = now;
          return still;
        },
        { intervals: [150] },
      )
      .toBe(true);
  }

  /** The round trip and availability the Paths tab gives each of a site's paths to a VNet, in its order. */
  async pathFigures(siteId: string, vnetId: string): Promise<Array<{ via: string; rtt: string; availability: string }>> {
    await this.page.getByTestId('tab-paths').click();
    const rows = this.page.getByTestId(`paths-${siteId}-${vnetId}`).getByTestId('path-row');
    await expect(rows.first()).toBeVisible();
    return rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        via: tr.getAttribute('data-via')!,
        rtt: tr.querySelector('[data-testid="path-rtt"]')!.textContent!,
        availability: tr.querySelectorAll('td')[5]!.textContent!,
      })),
    );
  }

  /** How many traffic streams of a kind presenter mode draws moving (a running animation), private or tunnel. */
  async movingFlows(kind: 'private' | 'tunnel'): Promise<number> {
    return this.presenter
      .locator(`path.htd-flow.is-${kind}`)
      .evaluateAll((paths) => paths.filter((p) => p.getAnimations().some((a) => a.playState === 'running')).length);
  }
}
