import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 A and AA: the level the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG rules whose outcome depends on colours: all a colour scheme changes. The site shows
 * and hides nothing by scheme (no `dark:hidden`, no scheme-specific pictures), so in a second
 * scheme the other rules would only repeat the first scheme's verdicts; these are ~60 % of axe's
 * time on a page, the rest of it is the other ~80 rules.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's violations on the page as it is now, one line per rule and element: every WCAG rule, or just `rules`. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (rules) builder.withRules([...rules]);
  else builder.withTags(WCAG_TAGS);
  // Legacy mode runs axe in the page itself: the pages have no iframes, and it is twice as fast.
  const results = await builder.setLegacyMode(true).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} at ${node.target.join(' ')}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ')}`,
    ),
  );
}

/** What the focused element looked like at one Tab stop. */
export interface FocusStop {
  /** Tag, id and text, enough to find the element. */
  element: string;
  outline: string;
  boxShadow: string;
  /** Has an outline or a box shadow that is not transparent. */
  indicated: boolean;
  /** Has a box larger than one pixel (a visually hidden element is 1×1). */
  visible: boolean;
}

/** The element the keyboard focus is on, described, or undefined when focus is on the page itself. */
export function focused(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return undefined;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    const hasOutline =
      style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${text ? ` "${text}"` : ''}`,
      outline,
      boxShadow: style.boxShadow,
      indicated: hasOutline || style.boxShadow !== 'none',
      visible: rect.width > 1 && rect.height > 1,
    };
  });
}

/** Moves focus, and the point Tab continues from, back to the start of the page. */
export async function resetFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Blurring alone would leave the point Tab continues from on the blurred element.
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
}

/** Presses Tab from the top of the page until focus leaves the page, describing every stop. */
export async function tabStops(page: Page, limit = 400): Promise<FocusStop[]> {
  await resetFocus(page);
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) return stops;
    stops.push(stop);
  }
  throw new Error(`focus did not leave the page after ${limit} Tab presses`);
}

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
export async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Pointer targets smaller than 24×24 CSS px that do not meet WCAG 2.5.8's spacing exception:
 * a 24 px circle centred on each undersized target must not touch another target or another
 * undersized target's circle. Links inside running text are exempt (the "inline" exception),
 * and a checkbox or radio button counts together with its label, which takes its clicks.
 */
export function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SELECTOR =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const inRunningText = (element: Element): boolean => {
      if (getComputedStyle(element).display !== 'inline') return false;
      let block = element.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (!block) return false;
      // Text of the block outside any target: words there mean the target sits in a sentence.
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(SELECTOR)) continue;
        if (/\p{L}/u.test(node.textContent ?? '')) return true;
      }
      return false;
    };
    const targets = [...document.querySelectorAll(SELECTOR)].flatMap((element) => {
      const label = element.matches('input[type="checkbox"], input[type="radio"]') ? element.closest('label') : null;
      // A link that wraps is one box per line; its bounding box would cover text that is not the link.
      const boxes = [...(label ?? element).getClientRects()].filter((box) => box.width > 1 && box.height > 1);
      const rect = boxes.sort((a, b) => b.width * b.height - a.width * a.height)[0];
      if (!rect || !element.checkVisibility({ visibilityProperty: true })) return [];
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${text ? ` "${text}"` : ''}`;
      return [{ name, rect, boxes, inline: inRunningText(element), small: rect.width < 24 || rect.height < 24 }];
    });
    const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    const distanceToRect = (point: { x: number; y: number }, rect: DOMRect) =>
      Math.hypot(
        Math.max(rect.left - point.x, 0, point.x - rect.right),
        Math.max(rect.top - point.y, 0, point.y - rect.bottom),
      );
    return targets
      .filter((target) => target.small && !target.inline)
      .flatMap((target) => {
        const c = centre(target.rect);
        const crowding = targets.find((other) => {
          if (other === target) return false;
          if (other.boxes.some((box) => distanceToRect(c, box) < 12)) return true;
          if (!other.small || other.inline) return false;
          const o = centre(other.rect);
          return Math.hypot(c.x - o.x, c.y - o.y) < 24;
        });
        if (!crowding) return [];
        const size = `${Math.round(target.rect.width)}×${Math.round(target.rect.height)}`;
        return [`${target.name} is ${size} px and too close to ${crowding.name}`];
      });
  });
}
