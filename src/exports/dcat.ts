/**
 * DCAT-AP metadata as JSON-LD (https://semiceu.github.io/DCAT-AP/): the catalogue (/data/catalog.jsonld) and one
 * document per entry. Each node type is a typed field map over a catalogue entry. The @context is inline, never a
 * remote URL, so a harvester (or a test) expands the documents without fetching anything.
 */
import { t } from '../i18n/id.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { wibDateString } from '../lib/wib.ts';
import type { Pemda } from '../schemas/index.ts';
import type { CatalogDistribution, CatalogEntry, CatalogPublisher } from './catalog.ts';
import { applyFields, type FieldMap } from './field-map.ts';
import * as vocab from './open-data-vocab.ts';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  spdx: 'http://spdx.org/rdf/terms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Text = { '@value': string; '@language': 'id' };
type Iri = { '@id': string };
type Literal<T extends string> = { '@value': string; '@type': T };
type Agent = { '@id': string; '@type': ['foaf:Agent', 'foaf:Organization']; 'foaf:name': Text; 'foaf:homepage': Iri; 'foaf:mbox': Iri; 'dct:type': Iri };
type Contact = { '@type': 'vcard:Organization'; 'vcard:fn': Text; 'vcard:hasEmail': Iri };
type Checksum = { '@type': 'spdx:Checksum'; 'spdx:algorithm': Iri; 'spdx:checksumValue': Literal<'xsd:hexBinary'> };
type LicenceNode = { '@id'?: string; '@type': 'dct:LicenseDocument'; 'dct:title': string };
type Concept = { '@id': string; '@type': 'skos:Concept'; 'skos:prefLabel': Text; 'skos:inScheme': Iri };

export interface DcatDistribution {
  '@id': string; '@type': 'dcat:Distribution'; 'dct:title': Text; 'dct:description': Text;
  'dcat:accessURL': Iri; 'dcat:downloadURL': Iri; 'dcat:mediaType': Iri; 'dct:format': Iri;
  'dcat:byteSize': Literal<'xsd:nonNegativeInteger'>; 'spdx:checksum': Checksum; 'dct:license': LicenceNode; 'dct:modified': Literal<'xsd:date'>;
}

export interface DcatDataset {
  '@id': string; '@type': 'dcat:Dataset'; 'dct:identifier': string; 'dct:title': Text; 'dct:description': Text;
  'dcat:keyword': Text[]; 'dcat:theme': (Concept | Iri)[]; 'dct:publisher': Agent; 'dcat:contactPoint': Contact;
  'dct:temporal'?: { '@type': 'dct:PeriodOfTime'; 'dcat:startDate': Literal<'xsd:date'>; 'dcat:endDate': Literal<'xsd:date'> };
  'dct:spatial': { '@type': 'dct:Location'; 'dct:identifier': string; 'skos:prefLabel': Text };
  'dct:accrualPeriodicity': Iri; 'dct:modified': Literal<'xsd:date'>; 'dct:language': Iri; 'dct:accessRights': Iri;
  'dcat:landingPage': Iri; 'dcat:distribution': DcatDistribution[];
}

export interface DcatCatalog {
  '@id': string; '@type': 'dcat:Catalog'; 'dct:title': Text; 'dct:description': Text; 'dct:publisher': Agent;
  'foaf:homepage': Iri; 'dct:language': Iri; 'dct:license': LicenceNode; 'dct:modified': Literal<'xsd:date'>;
  'dcat:themeTaxonomy': Iri; 'dcat:dataset': DcatDataset[];
}

const text = (value: string): Text => ({ '@value': value, '@language': 'id' });
const iri = (id: string): Iri => ({ '@id': id });
const date = (value: Date | string): Literal<'xsd:date'> => ({ '@value': typeof value === 'string' ? value : wibDateString(value), '@type': 'xsd:date' });
const licenceNode = (l: vocab.Licence): LicenceNode => ({ ...(l.uri ? { '@id': l.uri } : {}), '@type': 'dct:LicenseDocument', 'dct:title': l.title });

/** The scheme of the portal's own topic concepts (each concept is a topic page of the catalogue). */
const themeScheme = (site: string) => `${absoluteUrl(urls.dataIndex(), site)}#topik`;

function agent(p: Pick<CatalogPublisher, 'nama' | 'page' | 'homepage' | 'email'>, site: string): Agent {
  return {
    '@id': absoluteUrl(p.page, site), '@type': ['foaf:Agent', 'foaf:Organization'], 'foaf:name': text(p.nama),
    'foaf:homepage': iri(p.homepage ?? absoluteUrl(p.page, site)), 'foaf:mbox': iri(`mailto:${p.email}`), 'dct:type': iri(vocab.PUBLISHER_LOCAL_AUTHORITY),
  };
}

type DistributionSource = { d: CatalogDistribution; entry: CatalogEntry; site: string };

const DISTRIBUTION_FIELDS: FieldMap<DistributionSource, DcatDistribution> = {
  '@id': ({ d, entry, site }) => `${absoluteUrl(entry.page, site)}#${d.format.toLowerCase()}`,
  '@type': () => 'dcat:Distribution',
  'dct:title': ({ d }) => text(d.title),
  'dct:description': ({ d }) => text(d.description),
  'dcat:accessURL': ({ d, site }) => iri(absoluteUrl(d.path, site)),
  'dcat:downloadURL': ({ d, site }) => iri(absoluteUrl(d.path, site)),
  'dcat:mediaType': ({ d }) => iri(vocab.mediaTypeUri(d.format)),
  'dct:format': ({ d }) => iri(vocab.FORMATS[d.format].fileType),
  'dcat:byteSize': ({ d }) => ({ '@value': String(d.file.size), '@type': 'xsd:nonNegativeInteger' }),
  'spdx:checksum': ({ d }) => ({ '@type': 'spdx:Checksum', 'spdx:algorithm': iri('spdx:checksumAlgorithm_sha256'), 'spdx:checksumValue': { '@value': d.file.sha256, '@type': 'xsd:hexBinary' } }),
  'dct:license': ({ entry }) => licenceNode(entry.licence),
  'dct:modified': ({ entry }) => date(entry.modified),
};

type DatasetSource = { entry: CatalogEntry; site: string };

const DATASET_FIELDS: FieldMap<DatasetSource, DcatDataset> = {
  '@id': ({ entry, site }) => absoluteUrl(entry.page, site),
  '@type': () => 'dcat:Dataset',
  'dct:identifier': ({ entry, site }) => absoluteUrl(entry.page, site),
  'dct:title': ({ entry }) => text(entry.title),
  'dct:description': ({ entry }) => text(entry.description),
  'dcat:keyword': ({ entry }) => entry.keywords.map(text),
  'dcat:theme': ({ entry, site }) => {
    const own: Concept = { '@id': absoluteUrl(urls.dataTopik(entry.topik), site), '@type': 'skos:Concept', 'skos:prefLabel': text(t(`topik.${entry.topik}`)), 'skos:inScheme': iri(themeScheme(site)) };
    const eu = vocab.DATA_THEME_URI[entry.topik];
    return eu ? [own, iri(eu)] : [own];
  },
  'dct:publisher': ({ entry, site }) => agent(entry.publisher, site),
  'dcat:contactPoint': ({ entry }) => ({ '@type': 'vcard:Organization', 'vcard:fn': text(entry.publisher.contact.nama), 'vcard:hasEmail': iri(`mailto:${entry.publisher.contact.email}`) }),
  'dct:temporal': ({ entry }) => entry.periode && { '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(entry.periode.start), 'dcat:endDate': date(entry.periode.end) },
  'dct:spatial': ({ entry }) => ({ '@type': 'dct:Location', 'dct:identifier': entry.spatial.kode, 'skos:prefLabel': text(entry.spatial.nama) }),
  'dct:accrualPeriodicity': ({ entry }) => iri(vocab.FREQUENCY_URI[entry.accrual]),
  'dct:modified': ({ entry }) => date(entry.modified),
  'dct:language': () => iri(vocab.LANGUAGE_INDONESIAN),
  'dct:accessRights': () => iri(vocab.ACCESS_PUBLIC),
  'dcat:landingPage': ({ entry, site }) => iri(absoluteUrl(entry.page, site)),
  'dcat:distribution': ({ entry, site }) => entry.distributions.map((d) => applyFields(DISTRIBUTION_FIELDS, { d, entry, site })),
};

/** One entry as a dcat:Dataset node. */
export function dcatDataset(entry: CatalogEntry, site: string): DcatDataset {
  return applyFields(DATASET_FIELDS, { entry, site });
}

/** A standalone document: the @context and one dataset (`/opd/<opd>/data/<slug>.jsonld`). */
export function datasetDocument(entry: CatalogEntry, site: string) {
  return { '@context': DCAT_CONTEXT, ...dcatDataset(entry, site) };
}

/** The regency as the catalogue's publisher. */
function regencyAgent(pemda: Pemda): Agent {
  return agent({ nama: pemda.nama, page: urls.home(), email: pemda.email }, pemda.situs);
}

/** /data/catalog.jsonld: every entry in one dcat:Catalog, dated by its newest entry (stable between builds). */
export function catalogDocument(entries: readonly CatalogEntry[], pemda: Pemda): { '@context': typeof DCAT_CONTEXT } & DcatCatalog {
  const site = pemda.situs;
  const newest = entries.reduce((max, e) => (e.modified > max ? e.modified : max), new Date(0));
  return {
    '@context': DCAT_CONTEXT,
    '@id': absoluteUrl(urls.dataCatalog(), site),
    '@type': 'dcat:Catalog',
    'dct:title': text(t('opendata.catalogTitle', { pemda: pemda.nama })),
    'dct:description': text(t('opendata.catalogDescription', { pemda: pemda.nama })),
    'dct:publisher': regencyAgent(pemda),
    'foaf:homepage': iri(absoluteUrl(urls.dataIndex(), site)),
    'dct:language': iri(vocab.LANGUAGE_INDONESIAN),
    'dct:license': licenceNode(vocab.licenceOf(pemda.lisensi_data)),
    'dct:modified': date(newest),
    'dcat:themeTaxonomy': iri(themeScheme(site)),
    'dcat:dataset': entries.map((e) => dcatDataset(e, site)),
  };
}
