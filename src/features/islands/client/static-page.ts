/**
 * The islands module of a page without React (bundle.ts makes it): every island the features
 * register (`islands:modules`, their `client/` modules, this feature's index.ts among them: the same
 * that `npm start` runs). Then `data-enhanced` on <html>, which says that the islands have run (the
 * tests wait for it); no style depends on it, so setting it costs no style recalculation: controls
 * that need scripts show when their custom element is defined (`:defined`).
 */
import 'islands:modules';

document.documentElement.dataset.enhanced = '';
