import { describe, expect, test } from '@jest/globals';
import { alignSentences } from '../src/index.js';
import { inOtherLanguage } from '../src/foreign.js';

describe('sentences in the other side’s language', () => {
  test('a German line on the French side is in the other language; French lines, short lines and close relatives are not', () => {
    expect(inOtherLanguage('Ihr Fachhändler zeigt Ihnen das neue Programm für jedes Wetter.', 'fr', 'de')).toBe(true);
    expect(inOtherLanguage('Nous sommes partis de la cabane avant le lever du jour.', 'fr', 'de')).toBe(false);
    expect(inOtherLanguage('Jacken und Rucksäcke', 'fr', 'de')).toBe(false); // too short to trust
    expect(inOtherLanguage('Kerajaan akan membeli teksi baharu untuk pejabat polis.', 'id', 'ms')).toBe(false); // close relatives
    expect(inOtherLanguage('Ihr Fachhändler zeigt Ihnen das neue Programm für jedes Wetter.', undefined, 'de')).toBe(false);
  });

  test('an advertisement left in German on the French side is left without counterpart, not merged into its neighbours', () => {
    const german = [
      'Am frühen Morgen verließen wir die Hütte bei klarem Himmel.',
      'Der Weg zum Gletscher war steil und an vielen Stellen vereist.',
      'Nach drei Stunden erreichten wir den Fuß der Nordwand.',
      'Dort machten wir eine kurze Pause und tranken heißen Tee.',
      'Der Aufstieg durch die Wand dauerte den ganzen Nachmittag.',
      'Erst am Abend standen wir auf dem Gipfel.',
    ];
    const french = [
      'Tôt le matin, nous avons quitté la cabane par un ciel clair.',
      'Le chemin vers le glacier était raide et verglacé par endroits.',
      'Après trois heures, nous avons atteint le pied de la face nord.',
      'Neue Funktionsjacken für jedes Wetter, leicht und wasserdicht.',
      'Ihr Fachhändler zeigt Ihnen gerne das ganze Programm.',
      'Bestellen Sie noch heute unseren neuen Katalog.',
      'Là, nous avons fait une courte pause et bu du thé chaud.',
      "L'ascension de la face a duré tout l'après-midi.",
      "Ce n'est que le soir que nous étions au sommet.",
    ];
    const { links } = alignSentences(german.join(' '), french.join(' '), { sourceLanguage: 'de', targetLanguage: 'fr' });
    const lone = links.filter((l) => l.source.length === 0).flatMap((l) => l.target);
    expect(lone).toEqual([3, 4, 5]);
    // Every other French sentence is linked to its German counterpart.
    expect(links.filter((l) => l.source.length > 0 && l.target.length > 0).map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [6]],
      [[4], [7]],
      [[5], [8]],
    ]);
  });
});
