/** Dutch error messages the shell shows in its alert area. */
import type { StorageErrorCode } from '../storage/errors';

/** A file name in a message: cut, like every quoted value, so a hostile name cannot flood the alert. */
const shortName = (name: string): string => {
  const chars = Array.from(name);
  return chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : name;
};

export const errors = {
  storage: {
    quota:
      'Opslaan is mislukt: de opslag van dit apparaat is vol. Uw laatste wijzigingen zijn nog niet bewaard. Maak ruimte vrij of gebruik Exporteren.',
    unavailable:
      'Opslaan is mislukt: deze browser staat bewaren niet toe (bijvoorbeeld in een privévenster). Uw werk gaat verloren bij sluiten. Gebruik Exporteren om het te bewaren.',
    unknown: 'Opslaan is mislukt. Uw laatste wijzigingen zijn nog niet bewaard. Gebruik Exporteren om ze te bewaren.',
    deleted: 'Deze casus is verwijderd en wordt niet meer bewaard.',
    taken: 'Deze casus is in een ander tabblad geopend; hier worden geen wijzigingen meer bewaard.',
    locked: 'De app is vergrendeld of de wachtwoordzin is gewijzigd. Ontgrendel om uw laatste wijzigingen te bewaren.',
  } satisfies Record<StorageErrorCode, string>,
  importFailed: (fileName: string, reason: string) => `"${shortName(fileName)}" kan niet worden geïmporteerd. ${reason}`,
  /** Shown when reading an imported file takes over half a second (it runs in a worker). */
  importReading: 'Bestand wordt gelezen…',
  importTooLarge: 'Het bestand is groter dan 20 MB.',
  importUnreadable: 'Het bestand kan niet worden gelezen.',
  importNoFile: 'Er zit geen bestand in wat u hebt losgelaten.',
  caseMissing: 'Deze casus is niet meer gevonden.',
  /** A stored case that fails the checks; it is left untouched in the database. */
  storedCaseBroken: (title: string, reason: string) =>
    `Deze casus kan niet worden geopend: "${title}". ${reason} De casus is niet gewijzigd.`,
  storedCaseSkipped: (title: string, reason: string) =>
    `De laatst geopende casus "${title}" kan niet worden geopend en is overgeslagen. ${reason} De casus is niet gewijzigd.`,
} as const;

/** A part of the screen that failed to render: what failed, why (the error's own words), what still works. */
export const renderErrors = {
  map: (reason: string) => `De kaart kan niet worden getekend: ${reason}`,
  steps: (reason: string) => `Het stappenpaneel kan niet worden getoond: ${reason}`,
  side: (reason: string) => `De lijst met personen en relaties kan niet worden getoond: ${reason}`,
  dialog: (reason: string) => `Dit venster kan niet worden getoond: ${reason}`,
  app: (reason: string) => `Deze casus kan niet worden getoond: ${reason}`,
  stillWorks: 'De rest van de app werkt nog: u kunt de casus exporteren of een andere casus openen.',
  appStillWorks: 'Uw gegevens zijn niet aangetast. Exporteer deze casus of open een andere.',
  retry: 'Opnieuw proberen',
  openOther: 'Andere casus openen',
  unknownReason: 'onbekende fout',
} as const;
