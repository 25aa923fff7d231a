/**
 * MDX components: the site's own components, usable in every page without an import. The remark
 * plugins of src/remark emit them from Markdown (`{% hint %}`, `{% tabs %}`, `{% embed %}`,
 * `{% content-ref %}`, `{% file %}`, `:::correspondance`).
 */
import MDXComponents from '@theme-original/MDXComponents';
import Hint from '@site/src/components/Hint';
import CorrespondenceTable, {CorrespondenceRow} from '@site/src/components/CorrespondenceTable';
import EmbedLink from '@site/src/components/EmbedLink';
import FileLink from '@site/src/components/FileLink';
import PageLink from '@site/src/components/PageLink';
import ScrollableTable from '@site/src/components/ScrollableTable';
import Tabs, {Tab} from '@site/src/components/Tabs';

export default {
  ...MDXComponents,
  // Every Markdown table scrolls in its own region on narrow screens, reachable by keyboard.
  table: ScrollableTable,
  Hint,
  CorrespondenceTable,
  CorrespondenceRow,
  Tabs,
  Tab,
  EmbedLink,
  PageLink,
  FileLink,
};
