/**
 * MDX components: the site's own components, usable in every page without an import. The remark
 * plugins of the features (src/features/<name>/remark) emit them from Markdown (`{% hint %}`, `{% tabs %}`, `{% embed %}`,
 * `{% content-ref %}`, `{% file %}`, `{% stepper %}`, `{% columns %}`, `{% updates %}`,
 * `{% openapi %}`, `:::correspondance`).
 */
import MDXComponents from '@theme-original/MDXComponents';
import Hint from '@site/src/features/gitbook/theme/Hint';
import CorrespondenceTable, {CorrespondenceRow} from '@site/src/features/correspondence-table/theme/CorrespondenceTable';
import EmbedLink from '@site/src/features/gitbook/theme/EmbedLink';
import FileLink from '@site/src/features/gitbook/theme/FileLink';
import PageLink from '@site/src/features/gitbook/theme/PageLink';
import ScrollableTable from '@site/src/components/ScrollableTable';
import Tabs, {Tab} from '@site/src/features/gitbook/theme/Tabs';
import Steps, {Step} from '@site/src/features/gitbook/theme/Steps';
import Columns, {Column} from '@site/src/features/gitbook/theme/Columns';
import Updates, {Update} from '@site/src/features/gitbook/theme/Updates';
import ApiReference from '@site/src/features/gitbook/theme/ApiReference';
import LinkCards, {LinkCard} from '@site/src/features/gitbook/theme/LinkCards';

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
