/**
 * The snippet builder (configure.html): a partner chooses widgets, hotlines,
 * their own line, language and quick exit, sees the real widgets in a preview,
 * and copies the code to paste.
 *
 * Privacy: nothing typed here leaves the page or is stored. No storage, no
 * cookies, no requests (the only files loaded are the page's own and, for a
 * preview in another language, its file from locales/), no <form> (so Enter
 * never submits what was typed into an address), autocomplete and spellcheck
 * off (some browsers send spellchecked text to a server).
 *
 * Every value is checked by the widgets' own code: parsePhone, parseSms,
 * httpsUrl and cleanKeyword (the banner's), exitDestination (the quick exit's),
 * emergencyDial (both). What the widgets write to the console about a value
 * (through warn()) is shown next to its field.
 */
import './widgets.js';
import '../src/index.js';
import { version } from '../package.json';
import { agencies, directory, type DirectoryEntry } from '../src/hotlines/directory.js';
import { emergencyDial } from '../src/hotlines/hotlines.js';
import { cleanKeyword, httpsUrl, parsePhone, parseSms, type Dial } from '../src/hotlines/phone.js';
import { DEFAULT_DESTINATION, exitDestination } from '../src/components/quick-exit/quick-exit.js';
import { quickExitStrings } from '../src/components/quick-exit/strings.js';
import { hasLanguage, translator, type Translate } from '../src/i18n/i18n.js';
import { BUILT_IN, chooseLanguage, LANGUAGE_EVENT, NAMES, shared, SHIPPED } from '../src/i18n/registry.js';

type Ui = 'en' | 'es';

/** Every text of the builder, in English and Spanish. `code` in backticks; {name} filled in. */
const TEXT: Record<Ui, Record<string, string>> = {
  en: {
    docTitle: 'Write your snippet: safety-widgets',
    back: 'Back to the demo',
    backStart: 'Back to START-HERE.html',
    title: 'Write your snippet',
    intro: 'Choose, step by step, what you want on your website. The preview shows the real widgets, and the code to paste is below it, with Copy buttons.',
    privacy: 'Private: nothing you type here leaves this page or is saved (no cookies, no storage, nothing sent). Closing or reloading the page forgets it.',
    choicesHeading: 'Your choices',
    newTab: '(opens in a new tab)',
    widgetsLegend: '1. Which widgets do you want?',
    widgetsHint: 'Choose one or more.',
    wExit: 'Quick exit: a button that leaves your site at once',
    wBanner: 'Hotline banner: links to call and text hotlines',
    wChecklist: 'Signs checklist: the warning signs of trafficking, as a private checklist',
    wRights: 'Know your rights: what every worker in the United States may do, whatever their papers',
    modeLegend: '2. Where does the code go?',
    modeSite: "On every page, with one line in your site's header code (recommended)",
    modeSiteHint:
      "Your site's settings may call it \"header code\", \"custom code\", \"scripts\" or \"head HTML\". The quick exit then shows on every page, and you paste the banner or checklist where you want them.",
    modePage: 'Only on some pages: everything goes into each of those pages',
    exitLegend: '3. Quick exit',
    exitOff: 'Turn on the quick exit in step 1 to set it up.',
    destLabel: 'Where the exit button goes',
    destHint: 'A full address on another website, starting with https://, such as a weather or news site. Not your own site.',
    siteWideExit:
      'On every page, the button is at the top of the screen, and pressing Shift 3 times leaves too. For another place or shortcut, choose "Only on some pages" in step 2.',
    placementLegend: 'Where the button shows',
    placementTop: 'Fixed at the top of the screen',
    placementBottom: 'Fixed at the bottom of the screen',
    placementInline: 'Where you paste it in the page',
    shortcutLegend: 'Keyboard shortcut',
    shortcutShift: 'Press Shift 3 times',
    shortcutEscape: 'Press Escape twice',
    shortcutNone: 'No shortcut (the button only)',
    hotlinesLegend: '4. Hotlines',
    hotlinesOff: 'Turn on the banner or the checklist in step 1 to choose hotlines.',
    hotlinesHint:
      "Shown in the banner, and in the checklist's advice, in this order. Each number was checked against the source shown, on the date shown.",
    hotlinesNone: "No hotline chosen: the banner shows only your own line, and the checklist's advice shows no hotline.",
    source: 'Source:',
    checked: 'checked {date}',
    ownLegend: '5. Your own line (optional)',
    ownOff: 'Turn on the hotline banner or know your rights in step 1 to add your own line.',
    ownHint: 'Your own hotline, shown first in the banner and in know your rights. Leave these empty if you have none.',
    ownName: 'Name',
    ownNameHint: 'As callers know it, like "Safe Futures 24-hour hotline".',
    ownPhone: 'Phone number',
    ownPhoneHint: 'As you write it: 860.763.4542, 1-800-…, +44 20 …, or with "ext. 2".',
    ownSms: 'Number that takes text messages',
    ownSmsHint: 'A phone number or a short code, like 233733.',
    ownKeyword: 'Word to text (keyword)',
    ownKeywordHint: 'Put into the message and written out: "Text SAFE to …".',
    ownUrl: 'Website',
    ownUrlHint: 'A full address, starting with https://.',
    ownHours: 'Hours',
    ownHoursHint: 'As you write them: "24/7", "Mon–Fri 9–5".',
    lookLegend: '6. Banner and checklist',
    lookOff: 'Turn on the banner or the checklist in step 1 to set these.',
    variantLegend: 'Banner style',
    variantBar: 'A strip across the page',
    variantCard: "A box, for a sidebar or the page's body",
    variantCompact: "One line: the first hotline's call and text links",
    dismissible: 'Add a close button to the banner',
    dismissibleHint: 'Closing hides it for this page view only; nothing is remembered.',
    perspectiveLegend: 'The checklist is about…',
    perspectiveOther: 'someone the reader knows ("They…")',
    perspectiveSelf: 'the reader\'s own life ("You…")',
    emergencyLabel: 'Emergency number',
    emergencyHint: '"In danger right now? Call 911." Outside the US use 999, 112 or another number, or "none" to leave that line out.',
    rightsLegend: '7. Know your rights',
    rightsOff: 'Turn on know your rights in step 1 to set these.',
    rightsHint: 'Facts for the United States only: general information, not legal advice. It always shows the National Human Trafficking Hotline, the Wage and Hour Division and 911, after your own line.',
    topicsLegend: 'Topics to show',
    topicWork: 'Rights at work (pay, overtime, leaving an abusive job)',
    topicDocuments: 'Passport and ID',
    topicImmigration: 'T and U visas',
    topicSafety: 'Staying safe',
    rightsPerspectiveLegend: 'Who reads it',
    rightsSelf: 'the worker ("You can leave…")',
    rightsOther: 'someone worried about a worker (the facts are theirs to pass on when it is safe)',
    headingLevelLabel: 'Heading level of the topics',
    headingLevelHint: '3 suits the widget under your own heading of level 2.',
    languageLegend: '8. Language of the widgets',
    langLabel: 'Language',
    langPage: 'The language of each page (recommended)',
    langHint:
      "With the language of each page, the widgets follow your site's own language (its `lang` setting), and a site in two languages gets both. English and Spanish are built in; the others load one small file.",
    langSiteWide: "The quick exit on every page speaks each page's own language: the header line cannot fix one.",
    languageMenu: 'Show a menu of every language on the banner and the checklist',
    languageMenuHint: "Visitors can choose their language. Nothing is stored: a reload returns to the page's language.",
    fileLegend: '9. Where the file is on your site',
    srcLabel: 'Address of safety-widgets.js',
    srcHint:
      'Upload the folder `safety-widgets` from the release zip to your site, and write here the address of the file `safety-widgets.js` in it. Leave this empty to see YOUR-SITE in the code, and change it later.',
    previewHeading: 'Preview',
    previewHint: 'The real widgets, as your visitors will see them. In this preview the exit button does not leave this page, and its shortcut is off.',
    previewEmpty: 'Choose at least one widget in step 1.',
    previewPageLang: 'Shown in the language of this page ({name}), as on a page of your site in that language.',
    previewFixedLang: 'Shown in {name}.',
    exitTop: 'On your site this button is fixed at the top of the screen.',
    exitBottom: 'On your site this button is fixed at the bottom of the screen.',
    exitInline: 'On your site this button is where you paste it.',
    exitSiteWide: 'On your site this button is at the top of every page.',
    exitPressed: 'On your site, this button would now leave for {url}. The preview stays here.',
    codeHeading: 'Your code',
    headHeading: 'A. Add this to the header code of every page',
    headHint: 'Once, for the whole site, as early in the `<head>` as your site allows.',
    pageHeadingSite: 'B. Paste this where the widgets should show on a page',
    pageHeadingPage: 'Paste this into each page where you want the widgets',
    pageHintSite:
      'Paste it into an HTML or "custom code" block. The lines inside each element show the hotline numbers as plain links until the widgets have loaded, or if JavaScript is off: keep them.',
    pageHintPage:
      'Paste it into an HTML or "custom code" block, as high on the page as you can. The lines inside each element show the exit link and the hotline numbers as plain links until the widgets have loaded, or if JavaScript is off: keep them.',
    pageNone: 'Nothing more to paste: the quick exit is on every page.',
    copyHead: 'Copy the header code',
    copyPage: 'Copy the page code',
    copyCdn: 'Copy the CDN line',
    copiedHead: 'the header code',
    copiedPage: 'the page code',
    copiedCdn: 'the CDN line',
    copied: 'Copied {what}. Now paste it into your site.',
    copyFailed: 'Your browser did not let this page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    cdnHeading: 'Only for a published version: the script from a public CDN',
    cdnHint:
      'Instead of the `<script src="…/safety-widgets.js">` line above. Replace `sha384-PASTEtheVALUEfromINTEGRITYtxt` with the value for `safety-widgets.js` in the INTEGRITY.txt of this version (published with the release): this page does not make one up. Until you do, the browser refuses the file, on purpose: a file from a CDN that nobody checks could be changed. This one value covers everything: safety-widgets.js checks each file it loads after it (parts/, locales/) against its own fingerprint.',
    selfHost: "Hosting the files on your own site is best for privacy: a CDN company sees every visitor's IP address and the page they came from.",
    adviceHeading: 'Before you publish: words for your visitors',
    adviceHint: 'Put advice like this next to the widgets, in your own words (the same advice as in START-HERE.html and the README):',
    adviceTitle: 'Staying safe online.',
    advice:
      "The Exit button takes you to Google straight away, and Back will not bring you back to this site in most browsers. It does not delete your browsing history. If someone may check your device, use a private or incognito window, or a device they cannot reach (a friend's phone, a library computer). Deleting all your history can itself look suspicious; you can delete only the pages you choose. Calls and text messages stay in your phone's call list and messages, and texts can show on a locked screen: if that is not safe, call from another phone, or delete them afterwards. If you think your phone or computer is being watched, a hotline advocate can help you plan what to do.",
    adviceSite: 'On these pages, turn off session recording and heatmap tools (Hotjar, Clarity, FullStory and similar), and do not put the widgets inside an iframe.',
    console: "The widget says (in the browser's console):",
    destRefused: 'The exit cannot go there, so it goes to {url} instead.',
    destRead: 'Read as {url}.',
    phoneBad: 'This is not a phone number: it shows as text, with no call link.',
    smsBad: 'Texts cannot be sent to this number: no text link shows.',
    urlBad: 'This is not a full https:// address: no link shows.',
    emergencyBad: 'This is not a phone number: the widgets show 911 instead.',
    keywordNoSms: 'A keyword needs a number that takes text messages.',
    keywordCut: 'The keyword is used as "{keyword}".',
  },
  es: {
    docTitle: 'Prepare su código: safety-widgets',
    back: 'Volver a la demostración',
    backStart: 'Volver a START-HERE.html',
    title: 'Prepare su código',
    intro: 'Elija, paso a paso, lo que quiere en su sitio web. La vista previa muestra los widgets reales, y debajo está el código para pegar, con botones para copiarlo.',
    privacy: 'Privado: nada de lo que escriba aquí sale de esta página ni se guarda (sin cookies, sin almacenamiento, sin envíos). Al cerrar o recargar la página, se olvida.',
    choicesHeading: 'Sus opciones',
    newTab: '(se abre en una pestaña nueva)',
    widgetsLegend: '1. ¿Qué widgets quiere?',
    widgetsHint: 'Elija uno o más.',
    wExit: 'Salida rápida: un botón que sale de su sitio enseguida',
    wBanner: 'Banner de líneas de ayuda: enlaces para llamar y enviar mensajes de texto',
    wChecklist: 'Lista de señales: las señales de alerta de la trata de personas, como una lista privada',
    wRights: 'Conozca sus derechos: lo que toda persona que trabaja en Estados Unidos puede hacer, tenga o no papeles',
    modeLegend: '2. ¿Dónde va el código?',
    modeSite: 'En todas las páginas, con una línea en el código de encabezado de su sitio (recomendado)',
    modeSiteHint:
      'La configuración de su sitio puede llamarlo "código de encabezado", "código personalizado", "scripts" o "HTML del head". La salida rápida aparece entonces en todas las páginas, y usted pega el banner o la lista donde los quiera.',
    modePage: 'Solo en algunas páginas: todo va en cada una de esas páginas',
    exitLegend: '3. Salida rápida',
    exitOff: 'Active la salida rápida en el paso 1 para configurarla.',
    destLabel: 'Adónde lleva el botón de salida',
    destHint: 'Una dirección completa de otro sitio web, que empiece por https://, como un sitio del tiempo o de noticias. No su propio sitio.',
    siteWideExit:
      'En todas las páginas, el botón está arriba en la pantalla, y pulsar Mayús (Shift) 3 veces también sale. Para otro lugar u otro atajo, elija "Solo en algunas páginas" en el paso 2.',
    placementLegend: 'Dónde aparece el botón',
    placementTop: 'Fijo arriba en la pantalla',
    placementBottom: 'Fijo abajo en la pantalla',
    placementInline: 'Donde lo pegue en la página',
    shortcutLegend: 'Atajo de teclado',
    shortcutShift: 'Pulsar Mayús (Shift) 3 veces',
    shortcutEscape: 'Pulsar Esc dos veces',
    shortcutNone: 'Sin atajo (solo el botón)',
    hotlinesLegend: '4. Líneas de ayuda',
    hotlinesOff: 'Active el banner o la lista en el paso 1 para elegir líneas de ayuda.',
    hotlinesHint: 'Aparecen en el banner y en los consejos de la lista, en este orden. Cada número se comprobó con la fuente indicada, en la fecha indicada.',
    hotlinesNone: 'No eligió ninguna línea: el banner muestra solo su propia línea, y los consejos de la lista no muestran ninguna.',
    source: 'Fuente:',
    checked: 'comprobado el {date}',
    ownLegend: '5. Su propia línea (opcional)',
    ownOff: 'Active el banner o Conozca sus derechos en el paso 1 para añadir su propia línea.',
    ownHint: 'Su propia línea de ayuda, que aparece primero en el banner y en Conozca sus derechos. Deje esto vacío si no tiene una.',
    ownName: 'Nombre',
    ownNameHint: 'Como la conocen quienes llaman, por ejemplo "Línea de Safe Futures las 24 horas".',
    ownPhone: 'Número de teléfono',
    ownPhoneHint: 'Como lo escribe usted: 860.763.4542, 1-800-…, +44 20 …, o con "ext. 2".',
    ownSms: 'Número que recibe mensajes de texto',
    ownSmsHint: 'Un número de teléfono o un código corto, como 233733.',
    ownKeyword: 'Palabra para enviar (palabra clave)',
    ownKeywordHint: 'Va en el mensaje y se muestra: "Enviar AYUDA al …".',
    ownUrl: 'Sitio web',
    ownUrlHint: 'Una dirección completa, que empiece por https://.',
    ownHours: 'Horario',
    ownHoursHint: 'Como lo escribe usted: "24/7", "lun–vie 9–5".',
    lookLegend: '6. Banner y lista',
    lookOff: 'Active el banner o la lista en el paso 1 para elegir esto.',
    variantLegend: 'Estilo del banner',
    variantBar: 'Una franja a lo ancho de la página',
    variantCard: 'Un recuadro, para una barra lateral o el cuerpo de la página',
    variantCompact: 'Una línea: los enlaces para llamar y escribir a la primera línea de ayuda',
    dismissible: 'Añadir al banner un botón para cerrarlo',
    dismissibleHint: 'Al cerrarlo se oculta solo mientras se ve esta página; no se recuerda nada.',
    perspectiveLegend: 'La lista trata de…',
    perspectiveOther: 'alguien que conoce quien la lee',
    perspectiveSelf: 'la vida de quien la lee',
    emergencyLabel: 'Número de emergencias',
    emergencyHint: '"¿Está en peligro ahora mismo? Llamar al 911." Fuera de EE. UU. use 999, 112 u otro número, o "none" para quitar esa línea.',
    rightsLegend: '7. Conozca sus derechos',
    rightsOff: 'Active Conozca sus derechos en el paso 1 para configurarlo.',
    rightsHint: 'Datos solo para Estados Unidos: información general, no asesoría legal. Siempre muestra la Línea Nacional contra la Trata de Personas, la División de Horas y Salarios y el 911, después de su propia línea.',
    topicsLegend: 'Temas que mostrar',
    topicWork: 'Derechos en el trabajo (pago, horas extra, dejar un trabajo abusivo)',
    topicDocuments: 'Pasaporte e identificación',
    topicImmigration: 'Visas T y U',
    topicSafety: 'Cómo protegerse',
    rightsPerspectiveLegend: 'Quién lo lee',
    rightsSelf: 'la persona trabajadora («Puede dejar…»)',
    rightsOther: 'alguien preocupado por una persona trabajadora (puede pasarle los datos cuando sea seguro)',
    headingLevelLabel: 'Nivel de los títulos de los temas',
    headingLevelHint: 'El 3 va bien si el widget está bajo un título suyo de nivel 2.',
    languageLegend: '8. Idioma de los widgets',
    langLabel: 'Idioma',
    langPage: 'El idioma de cada página (recomendado)',
    langHint:
      'Con el idioma de cada página, los widgets siguen el idioma de su sitio (su ajuste `lang`), y un sitio en dos idiomas tiene los dos. El inglés y el español vienen incluidos; los demás cargan un archivo pequeño.',
    langSiteWide: 'La salida rápida de todas las páginas habla el idioma de cada página: la línea del encabezado no puede fijar uno.',
    languageMenu: 'Mostrar un menú con todos los idiomas en el banner y la lista',
    languageMenuHint: 'Los visitantes pueden elegir su idioma. No se guarda nada: al recargar, vuelve el idioma de la página.',
    fileLegend: '9. Dónde está el archivo en su sitio',
    srcLabel: 'Dirección de safety-widgets.js',
    srcHint:
      'Suba a su sitio la carpeta `safety-widgets` del archivo zip de la versión, y escriba aquí la dirección del archivo `safety-widgets.js` que contiene. Si lo deja vacío, el código dice YOUR-SITE, y usted lo cambia después.',
    previewHeading: 'Vista previa',
    previewHint: 'Los widgets reales, como los verán sus visitantes. En esta vista previa el botón de salida no sale de esta página, y su atajo está desactivado.',
    previewEmpty: 'Elija al menos un widget en el paso 1.',
    previewPageLang: 'En el idioma de esta página ({name}), como en una página de su sitio en ese idioma.',
    previewFixedLang: 'En {name}.',
    exitTop: 'En su sitio, este botón está fijo arriba en la pantalla.',
    exitBottom: 'En su sitio, este botón está fijo abajo en la pantalla.',
    exitInline: 'En su sitio, este botón está donde usted lo pegue.',
    exitSiteWide: 'En su sitio, este botón está arriba en todas las páginas.',
    exitPressed: 'En su sitio, este botón saldría ahora hacia {url}. La vista previa se queda aquí.',
    codeHeading: 'Su código',
    headHeading: 'A. Añada esto al código de encabezado de todas las páginas',
    headHint: 'Una sola vez, para todo el sitio, lo más arriba en el `<head>` que su sitio permita.',
    pageHeadingSite: 'B. Pegue esto donde deban aparecer los widgets en una página',
    pageHeadingPage: 'Pegue esto en cada página donde quiera los widgets',
    pageHintSite:
      'Péguelo en un bloque de HTML o de "código personalizado". Las líneas dentro de cada elemento muestran los números como enlaces sencillos hasta que se cargan los widgets, o si JavaScript está desactivado: no las borre.',
    pageHintPage:
      'Péguelo en un bloque de HTML o de "código personalizado", lo más arriba posible en la página. Las líneas dentro de cada elemento muestran el enlace de salida y los números como enlaces sencillos hasta que se cargan los widgets, o si JavaScript está desactivado: no las borre.',
    pageNone: 'No hay que pegar nada más: la salida rápida está en todas las páginas.',
    copyHead: 'Copiar el código de encabezado',
    copyPage: 'Copiar el código de la página',
    copyCdn: 'Copiar la línea de la CDN',
    copiedHead: 'el código de encabezado',
    copiedPage: 'el código de la página',
    copiedCdn: 'la línea de la CDN',
    copied: 'Se copió {what}. Ahora péguelo en su sitio.',
    copyFailed: 'Su navegador no dejó copiar a esta página. El código está seleccionado: presione Ctrl+C (⌘C en un Mac) para copiarlo.',
    cdnHeading: 'Solo para una versión publicada: el script desde una CDN pública',
    cdnHint:
      'En lugar de la línea `<script src="…/safety-widgets.js">` de arriba. Cambie `sha384-PASTEtheVALUEfromINTEGRITYtxt` por el valor de `safety-widgets.js` en el archivo INTEGRITY.txt de esta versión (publicado con ella): esta página no se lo inventa. Hasta que lo cambie, el navegador rechaza el archivo, a propósito: un archivo de una CDN que nadie comprueba podría haber cambiado. Este único valor lo cubre todo: safety-widgets.js comprueba cada archivo que carga después (parts/, locales/) con su propia huella.',
    selfHost: 'Alojar los archivos en su propio sitio es lo mejor para la privacidad: una empresa de CDN ve la dirección IP de cada visitante y la página de la que viene.',
    adviceHeading: 'Antes de publicar: unas palabras para quienes visitan su sitio',
    adviceHint: 'Ponga un consejo como este junto a los widgets, con sus propias palabras (el mismo consejo que en START-HERE.html y en el README):',
    adviceTitle: 'Navegar con seguridad.',
    advice:
      'El botón de salida le lleva a Google al instante, y en la mayoría de los navegadores el botón Atrás no le devuelve a este sitio. No borra su historial de navegación. Si alguien puede revisar su dispositivo, use una ventana privada o de incógnito, o un dispositivo al que esa persona no pueda acceder (el teléfono de una amistad, una computadora de una biblioteca). Borrar todo el historial puede parecer sospechoso en sí mismo; puede borrar solo las páginas que elija. Las llamadas y los mensajes de texto quedan en la lista de llamadas y en los mensajes de su teléfono, y los mensajes pueden verse con la pantalla bloqueada: si eso no es seguro, llame desde otro teléfono, o bórrelos después. Si cree que alguien vigila su teléfono o su computadora, una persona de la línea de ayuda puede ayudarle a planear qué hacer.',
    adviceSite: 'En estas páginas, desactive las herramientas de grabación de sesiones y de mapas de calor (Hotjar, Clarity, FullStory y similares), y no ponga los widgets dentro de un iframe.',
    console: 'El widget dice (en la consola del navegador, en inglés):',
    destRefused: 'La salida no puede ir ahí, así que va a {url}.',
    destRead: 'Se lee como {url}.',
    phoneBad: 'Esto no es un número de teléfono: aparece como texto, sin enlace para llamar.',
    smsBad: 'No se pueden enviar mensajes de texto a este número: no aparece enlace de texto.',
    urlBad: 'Esto no es una dirección https:// completa: no aparece ningún enlace.',
    emergencyBad: 'Esto no es un número de teléfono: los widgets muestran el 911.',
    keywordNoSms: 'Una palabra clave necesita un número que reciba mensajes de texto.',
    keywordCut: 'La palabra clave se usa así: "{keyword}".',
  },
};

// ---------------------------------------------------------------------------
// What the widgets say. warn() writes each message once per page; the log keeps
// every one, so a value typed again still shows its message.

const PREFIX = 'safety-widgets: ';
const said: string[] = [];
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith(PREFIX)) said.push(args[0].slice(PREFIX.length));
  consoleWarn(...args);
};

/** The latest message a widget wrote about `attribute="value"`. */
const widgetSaid = (tag: string, attribute: string, value: string): string | undefined =>
  [...said].reverse().find((message) => message.startsWith(`<${tag}> `) && message.includes(`${attribute}="${value}"`));

// ---------------------------------------------------------------------------
// The page's own elements.

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`configure.html has no #${id}`);
  return element as T;
};
const input = (id: string) => $<HTMLInputElement>(id);
const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

let ui: Ui = 'en';
const text = (key: string, values: Record<string, string> = {}): string => {
  const template = TEXT[ui][key];
  if (template === undefined) {
    console.error(`configure: no "${key}" text in ${ui}`);
    return key;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
};

/** Our own text into an element: `code` in backticks becomes <code>, everything else text. */
function write(element: HTMLElement, value: string): void {
  element.replaceChildren(
    ...value.split('`').map((piece, i) => {
      if (i % 2 === 0) return document.createTextNode(piece);
      const code = document.createElement('code');
      code.textContent = piece;
      return code;
    }),
  );
}

// ---------------------------------------------------------------------------
// The partner's choices.

interface Choices {
  exit: boolean;
  banner: boolean;
  checklist: boolean;
  rights: boolean;
  mode: 'site' | 'page';
  dest: string;
  placement: string;
  shortcut: string;
  hotlines: string[];
  own: { name: string; phone: string; sms: string; keyword: string; url: string; hours: string };
  variant: string;
  dismissible: boolean;
  perspective: string;
  /** Know your rights: the topics ticked, who reads it, the level of its headings. */
  topics: string[];
  rightsPerspective: string;
  headingLevel: string;
  emergency: string;
  /** A fixed language, or '' for each page's own. */
  lang: string;
  languageMenu: boolean;
  src: string;
}

function read(): Choices {
  const value = (id: string) => input(id).value.trim();
  return {
    exit: input('w-exit').checked,
    banner: input('w-banner').checked,
    checklist: input('w-checklist').checked,
    rights: input('w-rights').checked,
    mode: checked('mode') === 'page' ? 'page' : 'site',
    dest: value('dest'),
    placement: checked('placement') || 'top',
    shortcut: checked('shortcut') || 'shift',
    hotlines: [...document.querySelectorAll<HTMLInputElement>('input[name="hotline"]:checked')].map((box) => box.value),
    own: {
      name: value('own-name'),
      phone: value('own-phone'),
      sms: value('own-sms'),
      keyword: value('own-keyword'),
      url: value('own-url'),
      hours: value('own-hours'),
    },
    variant: checked('variant') || 'bar',
    dismissible: input('dismissible').checked,
    perspective: checked('perspective') || 'other',
    topics: [...document.querySelectorAll<HTMLInputElement>('input[name="topic"]:checked')].map((box) => box.value),
    rightsPerspective: checked('rights-perspective') || 'self',
    headingLevel: $<HTMLSelectElement>('heading-level').value || '3',
    emergency: value('emergency'),
    lang: $<HTMLSelectElement>('lang').value,
    languageMenu: input('language-menu').checked,
    src: value('src'),
  };
}

// ---------------------------------------------------------------------------
// Checks, by the widgets' own code.

interface Check {
  /** Refused: aria-invalid. */
  invalid: boolean;
  /** The builder's plain words, and what the widget says (or nothing). */
  note?: string;
  widget?: string;
}

/** Where the exit goes: exitDestination's answer, or the widgets' default. */
function checkDestination(value: string): { url: string; check: Check } {
  if (!value) return { url: DEFAULT_DESTINATION, check: { invalid: false } };
  const url = exitDestination(value, 'href');
  const widget = widgetSaid('quick-exit', 'href', value);
  if (!url) return { url: DEFAULT_DESTINATION, check: { invalid: true, note: text('destRefused', { url: DEFAULT_DESTINATION }), widget } };
  return { url, check: widget ? { invalid: false, note: text('destRead', { url }), widget } : { invalid: false } };
}

/** The emergency number: refused when the widgets' emergencyDial warns about it (it then shows 911). */
function checkEmergency(value: string): Check {
  if (!value) return { invalid: false };
  emergencyDial(value, 'hotline-banner');
  const widget = widgetSaid('hotline-banner', 'emergency', value);
  return widget ? { invalid: true, note: text('emergencyBad'), widget } : { invalid: false };
}

/** The banner's own line, checked after the preview's banner has drawn it (its warnings come from there). */
function checkOwnLine(own: Choices['own'], tag: string): Record<'phone' | 'sms' | 'url' | 'keyword', Check> {
  const said = (attribute: string, value: string) => widgetSaid(tag, attribute, value);
  const keyword = cleanKeyword(own.keyword);
  return {
    phone: !own.phone || parsePhone(own.phone) ? { invalid: false } : { invalid: true, note: text('phoneBad'), widget: said('phone', own.phone) },
    sms: !own.sms || parseSms(own.sms) ? { invalid: false } : { invalid: true, note: text('smsBad'), widget: said('sms', own.sms) },
    url: !own.url || httpsUrl(own.url) ? { invalid: false } : { invalid: true, note: text('urlBad'), widget: said('url', own.url) },
    keyword: !own.keyword
      ? { invalid: false }
      : !own.sms
        ? { invalid: false, note: text('keywordNoSms') }
        : keyword !== own.keyword
          ? { invalid: false, note: text('keywordCut', { keyword: keyword ?? '' }) }
          : { invalid: false },
  };
}

/** The check's words next to the field, tied to it with aria-describedby and aria-invalid. */
function show(field: string, check: Check): void {
  const control = input(field);
  const box = $(`${field}-warning`);
  const hint = `${field}-hint`;
  if (!check.note) {
    box.hidden = true;
    box.replaceChildren();
    control.removeAttribute('aria-invalid');
    control.setAttribute('aria-describedby', hint);
    return;
  }
  const plain = document.createElement('p');
  plain.textContent = check.note;
  const parts: HTMLElement[] = [plain];
  if (check.widget) {
    const said = document.createElement('p');
    said.className = 'said';
    said.append(`${text('console')} `);
    const message = document.createElement('q');
    message.lang = 'en';
    message.textContent = check.widget;
    said.append(message);
    parts.push(said);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
  box.classList.toggle('invalid', check.invalid);
  if (check.invalid) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  control.setAttribute('aria-describedby', `${hint} ${box.id}`);
}

// ---------------------------------------------------------------------------
// The elements, as the code writes them and the preview draws them.

/** An attribute; `true` is one without a value (`language-menu`). */
type Attributes = [string, string | true][];

interface Spec {
  tag: string;
  attributes: Attributes;
  /** HTML lines inside the element: what shows before (or without) the script. */
  fallback: string[];
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const link = (href: string, words: string) => `<a href="${escapeHtml(href)}">${escapeHtml(words)}</a>`;

/** The language of the fallback words: the fixed one, else this page's. */
function fallbackLanguage(choices: Choices): string {
  const lang = choices.lang || ui;
  if (!hasLanguage(lang)) shared.load?.(lang); // its words arrive with its file; the code is written again then
  return lang;
}

function textLink(t: Translate, dial: Dial, keyword: string | undefined, english: boolean): string {
  const key = keyword ? (english ? 'hotline.textKeywordEnglish' : 'hotline.textKeyword') : 'hotline.text';
  return link(dial.href, t(key, { number: dial.display, keyword }));
}

/** A directory line as plain HTML: its name, call and text links (as the widgets make them). */
function directoryLine(line: DirectoryEntry, t: Translate, lang: string): string {
  const calls = [...line.calls].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  const links = calls.flatMap((call) => {
    const dial = parsePhone(call.number, call.display);
    const which = call.lang ? ` (${t(`language.${call.lang}`)})` : '';
    return dial ? [link(dial.href, t('hotline.call', { number: dial.display }) + which)] : [];
  });
  const own = lang === 'es' && line.text?.keywordEs;
  const keyword = cleanKeyword(own || line.text?.keyword);
  const sms = line.text && parseSms(line.text.number, keyword);
  if (sms) links.push(textLink(t, sms, keyword, !!keyword && lang !== 'en' && !own));
  // A line keeps its official English name in most languages: read with an English voice, as in the widgets.
  const name = t(`lines.${line.id}.name`);
  const english = lang !== 'en' && name === translator('en')(`lines.${line.id}.name`) ? ' lang="en"' : '';
  return `<p><strong${english}>${escapeHtml(name)}</strong>: ${links.join(' · ')}</p>`;
}

function ownLine(own: Choices['own'], t: Translate): string | undefined {
  if (!own.name && !own.phone && !own.sms) return undefined;
  const phone = own.phone ? parsePhone(own.phone) : undefined;
  const keyword = cleanKeyword(own.keyword);
  const sms = own.sms ? parseSms(own.sms, keyword) : undefined;
  const url = own.url ? httpsUrl(own.url) : undefined;
  const parts = [
    phone ? link(phone.href, t('hotline.call', { number: phone.display })) : own.phone ? escapeHtml(own.phone) : '',
    sms ? textLink(t, sms, keyword, false) : '',
    url ? link(url, t('hotline.website')) : '',
    escapeHtml(own.hours),
  ].filter(Boolean);
  return `<p><strong>${escapeHtml(own.name || t('hotline.partnerName'))}</strong>${parts.length ? `: ${parts.join(' · ')}` : ''}</p>`;
}

function emergencyLine(value: string, t: Translate): string | undefined {
  const dial = emergencyDial(value || '911', 'hotline-banner');
  return dial && `<p>${escapeHtml(t('hotline.danger'))} ${link(dial.href, t('hotline.call', { number: dial.display }))}</p>`;
}

function specs(choices: Choices, destination: string): Spec[] {
  const lang = fallbackLanguage(choices);
  const t = translator(lang);
  const lines = choices.hotlines.flatMap((id) => directory.filter((line) => line.id === id)).map((line) => directoryLine(line, t, lang));
  const emergency = emergencyLine(choices.emergency, t);
  const common: Attributes = [
    ...(choices.emergency && choices.emergency !== '911' ? [['emergency', choices.emergency] as [string, string]] : []),
    ...(choices.languageMenu ? [['language-menu', true] as [string, true]] : []),
    ...(choices.lang ? [['lang', choices.lang] as [string, string]] : []),
  ];
  const list: Spec[] = [];
  if (choices.exit) {
    const words = (quickExitStrings[lang] ?? quickExitStrings.en).label;
    list.push({
      tag: 'quick-exit',
      attributes: [
        ['href', destination],
        ...(choices.mode === 'page'
          ? [
              ['placement', choices.placement] as [string, string],
              ['shortcut', choices.shortcut] as [string, string],
              ...(choices.lang ? [['lang', choices.lang] as [string, string]] : []),
            ]
          : []),
      ],
      fallback: [`<a href="${escapeHtml(destination)}" rel="noreferrer">${escapeHtml(words)}</a>`],
    });
  }
  if (choices.banner) {
    const { own } = choices;
    const attributes: Attributes = [['hotlines', choices.hotlines.join(' ')]];
    for (const [name, value] of [
      ['name', own.name],
      ['phone', own.phone],
      ['sms', own.sms],
      ['sms-keyword', own.sms ? own.keyword : ''],
      ['url', own.url],
      ['hours', own.hours],
    ]) {
      if (value) attributes.push([name, value]);
    }
    if (choices.variant !== 'bar') attributes.push(['variant', choices.variant]);
    if (choices.dismissible) attributes.push(['dismissible', true]);
    const mine = ownLine(own, t);
    list.push({ tag: 'hotline-banner', attributes: [...attributes, ...common], fallback: [...(mine ? [mine] : []), ...lines, ...(emergency ? [emergency] : [])] });
  }
  if (choices.checklist) {
    list.push({
      tag: 'signs-checklist',
      attributes: [...(choices.perspective === 'self' ? [['perspective', 'self'] as [string, string]] : []), ['hotlines', choices.hotlines.join(' ')], ...common],
      fallback: [...lines, ...(emergency ? [emergency] : [])],
    });
  }
  if (choices.rights) {
    const { own } = choices;
    const all = choices.topics.length === 0 || choices.topics.length === 4;
    const attributes: Attributes = [
      ...(all ? [] : [['topics', choices.topics.join(' ')] as [string, string]]),
      ...(choices.rightsPerspective === 'other' ? [['perspective', 'other'] as [string, string]] : []),
      ...(choices.headingLevel !== '3' ? [['heading-level', choices.headingLevel] as [string, string]] : []),
    ];
    for (const [name, value] of [
      ['name', own.name],
      ['phone', own.phone],
      ['sms', own.sms],
      ['sms-keyword', own.sms ? own.keyword : ''],
      ['url', own.url],
      ['hours', own.hours],
    ]) {
      if (value) attributes.push([name, value]);
    }
    if (choices.lang) attributes.push(['lang', choices.lang]);
    // What it always shows (US facts): its intro, your line, the hotline, the Wage and Hour Division, 911.
    const mine = ownLine(own, t);
    const us = [...directory.filter((line) => line.id === 'us-trafficking'), ...agencies].map((line) => directoryLine(line, t, lang));
    const danger = emergencyLine('911', t);
    list.push({
      tag: 'know-your-rights',
      attributes,
      fallback: [`<p>${escapeHtml(t(`rights.intro_${choices.rightsPerspective === 'other' ? 'other' : 'self'}`))}</p>`, ...(mine ? [mine] : []), ...us, ...(danger ? [danger] : [])],
    });
  }
  return list;
}

function html(spec: Spec): string {
  const attributes = spec.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const inside = spec.tag === 'quick-exit' ? spec.fallback.join('') : spec.fallback.map((line) => `\n  ${line}`).join('') + '\n';
  return `<${spec.tag}${attributes}>${inside}</${spec.tag}>`;
}

const PLACEHOLDER_SRC = 'https://YOUR-SITE/safety-widgets.js';
const CDN_SRC = `https://cdn.jsdelivr.net/npm/safety-widgets@${version}/dist/safety-widgets.js`;
/**
 * Not a hash: the real one is in the release's INTEGRITY.txt. The README's
 * placeholder, letter for letter. Base64 letters only, so
 * browsers read it as a digest that does not match, and refuse the file until
 * it is replaced (an unreadable placeholder such as `sha384-…` is ignored, and
 * the file would then run unchecked).
 */
const INTEGRITY_PLACEHOLDER = 'sha384-PASTEtheVALUEfromINTEGRITYtxt';

function scriptLines(choices: Choices, destination: string, src: string): string[] {
  const exit = choices.exit && choices.mode === 'site' ? ` data-quick-exit="${escapeHtml(destination)}"` : '';
  const lines = [`<script src="${escapeHtml(src)}"${exit}></script>`];
  // A fixed language's file, added by hand: no wait for the script to fetch it.
  const lang = choices.lang;
  if (lang && !BUILT_IN.includes(lang) && src.endsWith('/safety-widgets.js')) {
    lines.push(`<script src="${escapeHtml(`${src.slice(0, -'safety-widgets.js'.length)}locales/${lang}.js`)}"></script>`);
  }
  return lines;
}

function writeCode(choices: Choices, destination: string, elements: Spec[]): void {
  const src = choices.src || PLACEHOLDER_SRC;
  const head = scriptLines(choices, destination, src);
  const placed = elements.filter((spec) => choices.mode === 'page' || spec.tag !== 'quick-exit').map(html);
  const none = !elements.length;
  $<HTMLTextAreaElement>('code-head').value = head.join('\n');
  $<HTMLTextAreaElement>('code-page').value = (choices.mode === 'page' ? [...head, ...placed] : placed).join('\n');
  $('head-block').hidden = none || choices.mode === 'page';
  $('page-block').hidden = none || !placed.length;
  $('page-none').hidden = none || choices.mode === 'page' || !!placed.length;
  write($('page-heading'), text(choices.mode === 'page' ? 'pageHeadingPage' : 'pageHeadingSite'));
  write($('page-hint'), text(choices.mode === 'page' ? 'pageHintPage' : 'pageHintSite'));
  const exit = choices.exit && choices.mode === 'site' ? ` data-quick-exit="${escapeHtml(destination)}"` : '';
  $<HTMLTextAreaElement>('code-cdn').value = `<script src="${CDN_SRC}" integrity="${INTEGRITY_PLACEHOLDER}" crossorigin="anonymous"${exit}></script>`;
  $('cdn-block').hidden = none;
}

// ---------------------------------------------------------------------------
// The preview: the real widgets, built node by node (no HTML parsing of anything typed).

const area = $('preview-area');
const slots = new Map<string, { box: HTMLElement; caption?: HTMLElement; element?: HTMLElement; signature: string }>();
for (const tag of ['quick-exit', 'hotline-banner', 'signs-checklist', 'know-your-rights']) {
  const box = document.createElement('div');
  box.className = `preview-item ${tag}`;
  box.hidden = true;
  let caption: HTMLElement | undefined;
  if (tag === 'quick-exit') {
    caption = document.createElement('p');
    caption.className = 'hint';
    box.append(caption);
  }
  area.append(box);
  slots.set(tag, { box, caption, signature: '' });
}

// The preview's exit never leaves: its click stops here, on the way down to the button.
area.addEventListener(
  'click',
  (event) => {
    const exit = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'quick-exit');
    if (!exit) return;
    event.stopPropagation();
    event.preventDefault();
    $('preview-status').textContent = text('exitPressed', { url: exit.getAttribute('href') ?? DEFAULT_DESTINATION });
  },
  true,
);

/** Draws the preview; resolves once every widget in it has drawn (and written its warnings). */
async function preview(choices: Choices, elements: Spec[]): Promise<void> {
  const wanted = new Map(elements.map((spec) => [spec.tag, spec]));
  const drawing: Promise<unknown>[] = [];
  for (const [tag, slot] of slots) {
    const spec = wanted.get(tag);
    slot.box.hidden = !spec;
    if (!spec) {
      slot.element?.remove();
      slot.element = undefined;
      slot.signature = '';
      continue;
    }
    // The preview's exit stays where it is and has no shortcut: it must not leave the builder.
    const attributes: Attributes = tag === 'quick-exit' ? [...spec.attributes.filter(([name]) => !['placement', 'shortcut'].includes(name)), ['placement', 'inline'], ['shortcut', 'none']] : spec.attributes;
    const signature = JSON.stringify(attributes);
    if (signature !== slot.signature || !slot.element) {
      // A new element each time: a banner closed in the preview comes back, and draws (and checks) afresh.
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
      if (slot.element) slot.element.replaceWith(element);
      else slot.box.append(element);
      slot.element = element;
      slot.signature = signature;
    }
    if (slot.caption) {
      const where = choices.mode === 'site' ? 'exitSiteWide' : choices.placement === 'bottom' ? 'exitBottom' : choices.placement === 'inline' ? 'exitInline' : 'exitTop';
      slot.caption.textContent = text(where);
    }
    drawing.push((slot.element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve());
  }
  $('preview-empty').hidden = elements.length > 0;
  const name = choices.lang ? NAMES[choices.lang] : NAMES[ui];
  $('preview-language').textContent = text(choices.lang ? 'previewFixedLang' : 'previewPageLang', { name });
  await Promise.all(drawing);
}

// ---------------------------------------------------------------------------
// Everything, after each change.

let round = 0;
let drawLater: ReturnType<typeof setTimeout> | undefined;

/** The code at once; the preview (and the warnings it gives) once typing pauses. */
function update(wait = 150): void {
  const mine = ++round;
  const choices = read();
  const lines = choices.banner || choices.checklist;
  const ownLineShown = choices.banner || choices.rights;

  // Steps that do not apply are switched off, and say why.
  const off = (id: string, disabled: boolean) => {
    $<HTMLFieldSetElement>(id).disabled = disabled;
    $(`${id}-off`).hidden = !disabled;
  };
  off('exit', !choices.exit);
  off('hotlines', !lines);
  off('own', !ownLineShown);
  off('look', !lines);
  off('rights', !choices.rights);
  $<HTMLFieldSetElement>('placement').disabled = choices.mode === 'site';
  $<HTMLFieldSetElement>('shortcut').disabled = choices.mode === 'site';
  $('site-wide-exit').hidden = choices.mode !== 'site';
  // (A description that is hidden would still be read: it is named only while it shows.)
  for (const id of ['placement', 'shortcut']) {
    if (choices.mode === 'site') $(id).setAttribute('aria-describedby', 'site-wide-exit');
    else $(id).removeAttribute('aria-describedby');
  }
  $<HTMLFieldSetElement>('variant').disabled = !choices.banner;
  input('dismissible').disabled = !choices.banner;
  $<HTMLFieldSetElement>('perspective').disabled = !choices.checklist;
  $('hotlines-none').hidden = !lines || choices.hotlines.length > 0;
  const fixedExit = choices.exit && choices.mode === 'site' && !!choices.lang;
  $('lang-site-wide').hidden = !fixedExit;
  $('lang').setAttribute('aria-describedby', fixedExit ? 'lang-hint lang-site-wide' : 'lang-hint');

  const { url: destination, check } = checkDestination(choices.dest);
  show('dest', choices.exit ? check : { invalid: false });
  show('emergency', lines ? checkEmergency(choices.emergency) : { invalid: false });

  const elements = specs(choices, destination);
  writeCode(choices, destination, elements);

  clearTimeout(drawLater);
  drawLater = setTimeout(async () => {
    await preview(choices, elements);
    if (mine !== round) return; // a newer change is on its way
    const own = checkOwnLine(choices.own, choices.banner ? 'hotline-banner' : 'know-your-rights');
    for (const field of ['phone', 'sms', 'url', 'keyword'] as const) show(`own-${field}`, ownLineShown ? own[field] : { invalid: false });
  }, wait);
}

const refresh = () => update();

// ---------------------------------------------------------------------------
// The builder's own language, and the lists made from the widgets' data.

function hotlineList(): void {
  const t = translator(ui);
  const list = $('hotline-list');
  const before = new Set([...list.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value));
  const first = !list.children.length;
  list.replaceChildren(
    ...directory.map((line) => {
      const item = document.createElement('li');
      const option = document.createElement('div');
      option.className = 'option';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'hotline';
      box.value = line.id;
      box.id = `hotline-${line.id}`;
      box.checked = first ? line.id === 'us-trafficking' : before.has(line.id);
      box.setAttribute('aria-describedby', `hotline-${line.id}-about hotline-${line.id}-source`);
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = t(`lines.${line.id}.name`);
      option.append(box, label);

      const about = document.createElement('p');
      about.className = 'hint indent';
      about.id = `hotline-${line.id}-about`;
      const what = t(`lines.${line.id}.what`, { defaultValue: '' });
      const numbers = line.calls.flatMap((call) => parsePhone(call.number, call.display)?.display ?? []);
      const own = ui === 'es' && line.text?.keywordEs;
      const keyword = cleanKeyword(own || line.text?.keyword);
      const sms = line.text && parseSms(line.text.number, keyword);
      const english = !!keyword && ui !== 'en' && !own;
      about.textContent = [
        what && what.charAt(0).toLocaleUpperCase(ui) + what.slice(1),
        line.hours === true ? t('hotline.hours247') : '',
        t(`lines.${line.id}.about`, { defaultValue: '' }),
        ...numbers.map((number) => t('hotline.call', { number })),
        sms ? t(keyword ? (english ? 'hotline.textKeywordEnglish' : 'hotline.textKeyword') : 'hotline.text', { number: sms.display, keyword }) : '',
      ]
        .filter(Boolean)
        .join(' · ');

      const source = document.createElement('p');
      source.className = 'hint indent source';
      source.id = `hotline-${line.id}-source`;
      source.append(`${text('source')} `);
      // Addresses become links (opened only if clicked, in a new tab, so nothing chosen here is lost); the rest stays text.
      for (const piece of (line.source ?? line.url ?? '').split(/(https:\/\/[^\s;)]+)/)) {
        if (!piece.startsWith('https://')) {
          source.append(piece);
          continue;
        }
        const a = document.createElement('a');
        a.href = piece;
        a.target = '_blank';
        a.rel = 'noreferrer noopener';
        a.textContent = piece;
        const note = document.createElement('span');
        note.className = 'visually-hidden';
        note.textContent = ` ${text('newTab')}`;
        a.append(note);
        source.append(a);
      }
      source.append(` (${text('checked', { date: line.checked })})`);
      item.append(option, about, source);
      return item;
    }),
  );
}

function languageList(): void {
  const select = $<HTMLSelectElement>('lang');
  const chosen = select.value;
  const page = document.createElement('option');
  page.value = '';
  page.textContent = text('langPage');
  select.replaceChildren(
    page,
    ...SHIPPED.map((code) => {
      const option = document.createElement('option');
      option.value = code;
      option.lang = code;
      option.textContent = `${NAMES[code]} (${code})`;
      return option;
    }),
  );
  select.value = chosen;
}

function translate(to: Ui): void {
  ui = to;
  document.documentElement.lang = to;
  document.title = text('docTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) write(element, text(element.dataset.t ?? ''));
  write($('head-heading'), text('headHeading'));
  write($('head-hint'), text('headHint'));
  $('copy-head').textContent = text('copyHead');
  $('copy-page').textContent = text('copyPage');
  $('copy-cdn').textContent = text('copyCdn');
  $('preview-status').textContent = '';
  $('copy-status').textContent = '';
  hotlineList();
  languageList();
}

// ---------------------------------------------------------------------------
// Copy: the clipboard, else the code selected for Ctrl+C.

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = $<HTMLTextAreaElement>(button.dataset.copy ?? '');
    const what = text({ 'code-head': 'copiedHead', 'code-page': 'copiedPage', 'code-cdn': 'copiedCdn' }[area.id] ?? 'copiedPage');
    const status = $('copy-status');
    status.textContent = '';
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(area.value);
      status.textContent = text('copied', { what });
    } catch {
      area.focus();
      area.select();
      status.textContent = text('copyFailed');
    }
  });
}

// ---------------------------------------------------------------------------

const start: Ui = new URLSearchParams(location.search).get('lang') === 'es' ? 'es' : 'en';
input(`ui-${start}`).checked = true;
translate(start);

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="ui-lang"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    translate(radio.value === 'es' ? 'es' : 'en');
    refresh();
  });
}
$<HTMLSelectElement>('lang').addEventListener('change', () => {
  // A language chosen from a menu in the preview gives way to the one chosen here.
  if (shared.chosen) chooseLanguage(undefined);
});
const choicesArea = document.querySelector<HTMLElement>('.choices');
choicesArea?.addEventListener('input', refresh);
choicesArea?.addEventListener('change', refresh);
// A language file has arrived: the fallback words in the code can be in that language now.
addEventListener(LANGUAGE_EVENT, refresh);
update(0);
