# Starts Orca (the system's /usr/bin/orca and its modules, unchanged) for the screen-reader test, with
# these differences, none of which changes what Orca says:
# - its debug log goes to the file argv[1], line by line, at the level that records every utterance
#   ("SPEECH OUTPUT: '…'") and the focus changes, and no finer (the finest level slows it down);
# - for each text Orca speaks, the language it asked a voice for: one more log line per utterance,
#   "TEST SPEECH: [[text, language], …]". Orca 43 logs "voice requested with language='ar'" when it asks
#   for a voice, but not which text that voice is for; in an utterance, the voice that follows a text is
#   the one Orca speaks it with (speech.speak). A text with no voice of its own has the utterance's
#   voice, and no language ('': Orca's default voice);
# - it keeps the process name python3: /usr/bin/orca names itself "orca", refuses to start while another
#   "orca" of the same user runs and, with --replace, kills every one of them (pgrep -x orca). This
#   session's Orca must neither stop nor be stopped by another session's screen reader on the machine;
# - its preferences come from the directory argv[2] (a temporary one, with orca-customizations.py).
import json
import sys

source = open('/usr/bin/orca', encoding='utf-8').read()
launcher = {'__name__': 'orca_for_tests', '__file__': '/usr/bin/orca'}
exec(compile(source, '/usr/bin/orca', 'exec'), launcher)
launcher['otherOrcas'] = lambda: []
launcher['setProcessName'] = lambda name: None

from orca import debug, speech, speech_generator
from orca.acss import ACSS

debug.debugLevel = debug.LEVEL_INFO
debug.debugFile = open(sys.argv[1], 'w', encoding='utf-8', buffering=1)

asked = speech_generator.SpeechGenerator.voice


def voice(self, key=None, **args):
    """Orca's own voice(), with the language it was asked for kept on each voice it returns."""
    voices = asked(self, key, **args)
    language, dialect = args.get('language'), args.get('dialect')
    for each in voices:
        each.testLanguage = (language + '-' + dialect if dialect else language) if language and language != 'None' else ''
    return voices


speech_generator.SpeechGenerator.voice = voice
spoken = speech.speak


def speak(content, acss=None, interrupt=True):
    """Orca's own speech.speak(), after one log line: each text it is given, with its voice's language."""
    try:
        base = getattr(acss, 'testLanguage', '') or ''
        texts = []
        if isinstance(content, str):
            texts.append([content, base])
        elif isinstance(content, list):
            # As speech.speak() goes through it: a voice applies to the text just before it (the one it
            # was asked for) and stays on for texts with none of their own; a pause goes back to `acss`.
            # Nested lists: speak() calls itself for each, and is logged there.
            active, waiting = base, []
            for element in content:
                if isinstance(element, str):
                    if element.strip():
                        waiting.append([element, None])
                elif isinstance(element, list) or not waiting:
                    continue
                elif isinstance(element, ACSS):
                    waiting[-1][1] = getattr(element, 'testLanguage', '') or ''
                    for text in waiting[:-1]:
                        text[1] = active
                    active = waiting[-1][1]
                    texts.extend(waiting)
                    waiting = []
                else:  # a pause or a line break
                    for text in waiting:
                        text[1] = active
                    active = base
                    texts.extend(waiting)
                    waiting = []
            for text in waiting:
                text[1] = active
            texts.extend(waiting)
        if texts:
            debug.println(debug.LEVEL_INFO, 'TEST SPEECH: ' + json.dumps(texts, ensure_ascii=False), True)
    except Exception as error:
        debug.println(debug.LEVEL_INFO, 'TEST SPEECH: (not recorded: %s)' % error, True)
    return spoken(content, acss, interrupt)


speech.speak = speak

sys.argv = ['orca', '--user-prefs', sys.argv[2]]
sys.exit(launcher['main']())
