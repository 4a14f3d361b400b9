/** Dutch text of the app shell: header, toolbar, panes, cases dialog, notices. */
export const common = {
  appName: 'Netwerkkaart',
  loading: 'Netwerkkaart wordt geladen…',
  bootFailed: 'De app kon niet starten. Herlaad de pagina.',
  toolbar: {
    label: 'Werkbalk',
    cases: 'Casussen',
    import: 'Importeren',
    export: 'Exporteren',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    undoHint: 'Ongedaan maken (Ctrl+Z)',
    redoHint: 'Opnieuw (Ctrl+Shift+Z of Ctrl+Y)',
    importHint: 'Een .netwerkkaart.json-bestand openen als nieuwe casus',
    exportHint: 'Deze casus opslaan als .netwerkkaart.json-bestand',
    /** Opens the PDF dialog; its own text (src/i18n/export.ts) loads with it, lazily. */
    pdfPrefix: 'Exporteren als ',
    pdfShort: 'PDF',
    pdfHint: 'De kaart en de tabellen van deze casus als PDF, voor het dossier of voor een netwerklid',
    /** Pane toggles: the name stays put, aria-expanded says whether the pane is open. */
    steps: 'Stappen',
    side: 'Lijst',
    toggleHint: 'Paneel tonen of verbergen',
    openCase: 'Open casus',
  },
  /** The header's indicator of whether the open case is stored on this device. */
  saveState: {
    saving: 'Bewaren…',
    saved: 'Bewaard op dit apparaat',
    failed: 'Nog niet bewaard',
  },
  panes: {
    steps: 'Stappen',
    map: 'Kaart',
    side: 'Personen en relaties',
  },
  /** Under a text field whose text reached the file format's limit. */
  maxChars: (n: number) => `Maximaal ${n.toLocaleString('nl-NL')} tekens`,
  drop: 'Laat het bestand los om het als nieuwe casus te openen',
  cases: {
    title: 'Casussen',
    intro: 'Deze casussen staan alleen op dit apparaat.',
    close: 'Sluiten',
    newCase: 'Nieuwe casus',
    newCaseTitle: 'Nieuwe casus',
    open: 'Openen',
    isOpen: 'Geopend',
    rename: 'Naam wijzigen',
    newName: 'Nieuwe naam',
    save: 'Opslaan',
    cancel: 'Annuleren',
    duplicate: 'Dupliceren',
    copyTitle: (title: string) => `${title} (kopie)`,
    delete: 'Verwijderen',
    confirmDelete: (title: string) =>
      `Casus "${title}" echt verwijderen? Dit kan niet ongedaan worden gemaakt.`,
    confirmDeleteYes: 'Ja, verwijderen',
    empty: 'Er zijn nog geen casussen.',
    lastChanged: (when: string) => `Laatst gewijzigd ${when}`,
    unavailable: 'Casussen bewaren lukt niet in deze browser. Gebruik Exporteren om uw werk te bewaren.',
    list: 'Lijst van casussen',
  },
  tabs: {
    openElsewhere:
      'Deze casus is open in een ander tabblad. Hier kunt u alleen kijken; wijzigingen worden niet bewaard.',
    takenOver: 'Deze casus is in een ander tabblad geopend; hier worden geen wijzigingen meer bewaard.',
    takeOver: 'Hier verder werken',
    tookOver: 'U werkt nu in dit tabblad aan deze casus.',
    freed: 'Het andere tabblad werkt niet meer aan deze casus. U kunt hier verder werken.',
    renameElsewhere: 'Deze casus is open in een ander tabblad. Wijzig de naam daar.',
  },
  notices: {
    region: 'Meldingen',
    dismiss: 'Melding sluiten',
    imported: (title: string) => `Casus "${title}" is geïmporteerd en geopend.`,
    importedNotSaved: (title: string) =>
      `Casus "${title}" is geopend, maar nog niet bewaard op dit apparaat. Het bewaren wordt steeds opnieuw geprobeerd; gebruik zo nodig Exporteren.`,
    importedNoStorage: (title: string) =>
      `Casus "${title}" is geopend, maar deze browser kan hem niet bewaren. Gebruik Exporteren om hem te bewaren.`,
    createdNotSaved: (title: string) =>
      `Casus "${title}" is geopend, maar nog niet bewaard op dit apparaat. Het bewaren wordt steeds opnieuw geprobeerd.`,
    deletedElsewhere: (title: string) => `Casus "${title}" is in een ander tabblad verwijderd en hier gesloten.`,
    opened: (title: string) => `Casus "${title}" is geopend.`,
    deleted: (title: string) => `Casus "${title}" is verwijderd.`,
  },
} as const;
