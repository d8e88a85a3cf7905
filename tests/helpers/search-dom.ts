import { messageTemplate } from '../../src/i18n/index.ts';
import { searchMessages } from '../../src/scripts/search-messages.ts';

/** The search page's structure as search.astro renders it, reduced to one filter group. */
export const SEARCH_PAGE_HTML = `
  <form data-search-page data-base="/portfolio/" data-messages='${JSON.stringify(searchMessages((key) => messageTemplate(key), 'en'))}'>
    <input name="q" type="search">
    <select name="sort"><option value="relevance">Best match</option><option value="title-asc">Title</option></select>
    <button type="button" data-filters-toggle aria-expanded="false" aria-controls="f">Filters</button>
    <section id="f" data-filters-panel>
      <button type="button" data-clear>Clear all</button>
      <fieldset data-group-label="Country"><legend>Countries</legend>
        <label><input type="checkbox" name="country" value="KG"><span data-label>Kyrgyzstan</span><span data-count></span></label>
        <label><input type="checkbox" name="country" value="TJ"><span data-label>Tajikistan</span><span data-count></span></label>
      </fieldset>
    </section>
    <ul data-active-filters hidden></ul>
    <p data-status></p>
    <div data-empty hidden></div>
    <ol data-results></ol>
    <button type="button" data-more hidden>More</button>
  </form>`;
