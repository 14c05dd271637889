import type areasUi from '../../../locales/en/areasUi.json';
import type common from '../../../locales/en/common.json';
import type glossary from '../../../locales/en/glossary.json';
import type help from '../../../locales/en/help.json';
import type letters from '../../../locales/en/letters.json';
import type meta from '../../../locales/en/meta.json';
import type nareis from '../../../locales/en/nareis.json';
import type participation from '../../../locales/en/participation.json';
import type procedure from '../../../locales/en/procedure.json';
import type procedureUi from '../../../locales/en/procedureUi.json';
import type reader from '../../../locales/en/reader.json';
import type rights from '../../../locales/en/rights.json';
import type timeline from '../../../locales/en/timeline.json';
import type work from '../../../locales/en/work.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      areasUi: typeof areasUi;
      common: typeof common;
      glossary: typeof glossary;
      help: typeof help;
      letters: typeof letters;
      meta: typeof meta;
      nareis: typeof nareis;
      participation: typeof participation;
      procedure: typeof procedure;
      procedureUi: typeof procedureUi;
      reader: typeof reader;
      rights: typeof rights;
      timeline: typeof timeline;
      work: typeof work;
    };
  }
}
