import { expect, test } from '@playwright/test';
import { TEMPLATES } from '../shared/templates';
import { DesignerPage } from './pages/DesignerPage';

test.describe('templates', () => {
  test('the toolbar opens a gallery with a drawn thumbnail for each template, and Esc closes it', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openTemplateGallery('toolbar');
    const gallery = designer.templateGallery;
    await expect(gallery).toHaveAttribute('role', 'dialog');
    await expect(gallery.locator('[data-testid^="template-card-"]')).toHaveCount(TEMPLATES.length);
    const thumbnails = gallery.getByTestId('template-thumbnail');
    await expect(thumbnails).toHaveCount(8);
    // Each thumbnail is a real picture, not a broken image.
    for (const img of await thumbnails.all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
    await expect(designer.templateCard('global-reach')).toContainText('Global Reach between offices');
    await expect(designer.templateCard(TEMPLATES[0]!.id)).toBeFocused();

    await designer.press('Escape');
    await expect(gallery).toBeHidden();
    await expect(designer.nodes()).toHaveCount(0);
  });

  test('Shift+Ctrl+N opens it; arrows move between cards and Enter opens one as a new untitled design', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.openTemplateGallery('keyboard');
    await designer.press('ArrowRight');
    await expect(designer.templateCard(TEMPLATES[1]!.id)).toBeFocused();
    await designer.press('ArrowDown');
    await expect(designer.templateCard(TEMPLATES[5]!.id)).toBeFocused();
    await designer.press('ArrowUp');
    await designer.press('Enter');

    await expect(designer.templateGallery).toBeHidden();
    await expect(designer.nodes('p2sUserGroup')).toHaveCount(1);
    await expect(designer.edges('p2s')).toHaveCount(1);
    await expect(designer.statusBar.getByTestId('status-file')).toHaveText('Not saved yet');
    await expect(page).toHaveTitle(/^Site-to-site plus point-to-site remote workers/);
  });

  for (const template of TEMPLATES) {
    test(`${template.id} opens with every element on screen and no errors`, async ({ page }) => {
      const designer = new DesignerPage(page);
      const doc = template.build();
      await designer.open();
      await designer.openTemplateGallery();
      await designer.templateCard(template.id).click();

      await expect(designer.templateGallery).toBeHidden();
      await expect(designer.nodes()).toHaveCount(doc.elements.length);
      await expect(designer.edges()).toHaveCount(doc.links.length);
      await expect(page.getByTestId('status-counts')).toHaveText(`${doc.elements.length} elements · ${doc.links.length} links`);
      await expect(page.getByTestId('status-issues')).toContainText(/^0 errors/);
      // The view is fitted to the design: every element lies inside the canvas.
      const canvas = (await designer.canvas.boundingBox())!;
      await expect
        .poll(async () => {
          const boxes = await designer.nodes().evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
          return boxes.filter((b) => b.left < canvas.x - 1 || b.top < canvas.y - 1 || b.right > canvas.x + canvas.width + 1 || b.bottom > canvas.y + canvas.height + 1).length;
        })
        .toBe(0);
    });
  }

  test('with unsaved changes it asks first, and declining keeps the design', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    await designer.drop('vnet', 60, 40);
    await expect(designer.statusBar).toContainText('edited');

    await designer.openTemplateGallery();
    let question = '';
    page.once('dialog', (d) => {
      question = d.message();
      void d.dismiss();
    });
    await designer.templateCard('hub-and-spoke').click();
    await expect.poll(() => question).toContain('Discard unsaved changes');
    await expect(designer.templateGallery).toBeVisible();
    await expect(designer.nodes()).toHaveCount(1);

    page.once('dialog', (d) => void d.accept());
    await designer.templateCard('hub-and-spoke').click();
    await expect(designer.templateGallery).toBeHidden();
    await expect(designer.nodes('vnet')).toHaveCount(3);
    await expect(designer.edges('vnetPeering')).toHaveCount(2);
    await expect(designer.statusBar).not.toContainText('edited');
  });

  test('Tab and Shift+Tab stay inside the gallery, and closing it gives the focus back to the Templates button', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const opener = page.getByTestId('tool-newFromTemplate');
    await designer.openTemplateGallery('toolbar');
    const gallery = designer.templateGallery;
    const first = designer.templateCard(TEMPLATES[0]!.id);
    const last = designer.templateCard(TEMPLATES.at(-1)!.id);
    const close = gallery.getByRole('button', { name: 'Close' });
    await expect(first).toBeFocused();

    // Backwards from the first card: the close button, then round to the last card.
    await designer.press('Shift+Tab');
    await expect(close).toBeFocused();
    await designer.press('Shift+Tab');
    await expect(last).toBeFocused();
    // Forwards from the last card: round to the close button, never to the page behind.
    await designer.press('Tab');
    await expect(close).toBeFocused();
    // A full lap (the close button and every card) comes back where it started, inside all the way.
    for (let i = 0; i <= TEMPLATES.length; i++) {
      await designer.press('Tab');
      expect(await gallery.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await expect(close).toBeFocused();

    await designer.press('Escape');
    await expect(gallery).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('the other dialogs keep Tab inside too: the keyboard shortcuts list', async ({ page }) => {
    const designer = new DesignerPage(page);
    await designer.open();
    const opener = page.getByTestId('tool-shortcuts');
    await opener.click();
    const dialog = page.getByTestId('dialog');
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    // Its one control: Tab and Shift+Tab both stay on it.
    await designer.press('Tab');
    await expect(close).toBeFocused();
    await designer.press('Shift+Tab');
    await expect(close).toBeFocused();
    await designer.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
