/**
 * MDX components: the site's own components, usable in every page without an import. The remark
 * plugins of src/remark emit them from Markdown (`{% hint %}`, `:::correspondance`).
 */
import MDXComponents from '@theme-original/MDXComponents';
import Hint from '@site/src/components/Hint';
import CorrespondenceTable, {CorrespondenceRow} from '@site/src/components/CorrespondenceTable';
import ScrollableTable from '@site/src/components/ScrollableTable';

export default {
  ...MDXComponents,
  // Every Markdown table scrolls in its own region on narrow screens, reachable by keyboard.
  table: ScrollableTable,
  Hint,
  CorrespondenceTable,
  CorrespondenceRow,
};
