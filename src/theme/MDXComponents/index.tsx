/**
 * MDX components: the site's own components, usable in every page without an import. The remark
 * plugins of src/remark emit them from Markdown (`{% hint %}`, `{% tabs %}`, `{% embed %}`,
 * `{% content-ref %}`, `{% file %}`, `{% stepper %}`, `{% columns %}`, `{% updates %}`,
 * `{% openapi %}`, `:::correspondance`).
 */
import MDXComponents from '@theme-original/MDXComponents';
import Hint from '@site/src/components/Hint';
import CorrespondenceTable, {CorrespondenceRow} from '@site/src/components/CorrespondenceTable';
import EmbedLink from '@site/src/components/EmbedLink';
import FileLink from '@site/src/components/FileLink';
import PageLink from '@site/src/components/PageLink';
import ScrollableTable from '@site/src/components/ScrollableTable';
import Tabs, {Tab} from '@site/src/components/Tabs';
import Steps, {Step} from '@site/src/components/Steps';
import Columns, {Column} from '@site/src/components/Columns';
import Updates, {Update} from '@site/src/components/Updates';
import ApiReference from '@site/src/components/ApiReference';
import LinkCards, {LinkCard} from '@site/src/components/LinkCards';

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
  Steps,
  Step,
  Columns,
  Column,
  Updates,
  Update,
  ApiReference,
  LinkCards,
  LinkCard,
};
