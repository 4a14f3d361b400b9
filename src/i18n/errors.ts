/** Dutch error messages the shell shows in its alert area. */
import type { StorageErrorCode } from '../storage/errors';

export const errors = {
  storage: {
    quota:
      'Opslaan is mislukt: de opslag van dit apparaat is vol. Uw laatste wijzigingen zijn nog niet bewaard. Maak ruimte vrij of gebruik Exporteren.',
    unavailable:
      'Opslaan is mislukt: deze browser staat bewaren niet toe (bijvoorbeeld in een privévenster). Uw werk gaat verloren bij sluiten. Gebruik Exporteren om het te bewaren.',
    unknown: 'Opslaan is mislukt. Uw laatste wijzigingen zijn nog niet bewaard. Gebruik Exporteren om ze te bewaren.',
    deleted: 'Deze casus is verwijderd en wordt niet meer bewaard.',
    taken: 'Deze casus is in een ander tabblad geopend; hier worden geen wijzigingen meer bewaard.',
  } satisfies Record<StorageErrorCode, string>,
  importFailed: (fileName: string, reason: string) => `"${fileName}" kan niet worden geïmporteerd. ${reason}`,
  importTooLarge: 'Het bestand is groter dan 20 MB.',
  importUnreadable: 'Het bestand kan niet worden gelezen.',
  importNoFile: 'Er zit geen bestand in wat u hebt losgelaten.',
  caseMissing: 'Deze casus is niet meer gevonden.',
} as const;
