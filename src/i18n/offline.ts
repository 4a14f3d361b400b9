/** Dutch text about the installed, offline app and its updates. */
export const offline = {
  updateReady: 'Er is een nieuwe versie van Netwerkkaart. Die wordt gebruikt bij de volgende start, of nu als u dat wilt.',
  updateNow: 'Nu bijwerken',
  updateNotNow: 'Bijwerken kan nog niet: de laatste wijzigingen zijn nog niet bewaard. Probeer het zo opnieuw.',
} as const;
