# Starts Orca (the system's /usr/bin/orca and its modules, unchanged) for the screen-reader test, with
# these differences, none of which changes what Orca says:
# - its debug log goes to the file argv[1], line by line, at the level that records every utterance
#   ("SPEECH OUTPUT: '…'") and the focus changes, and no finer (the finest level slows it down);
# - for each voice Orca asks for, one more log line, "TEST VOICE: {json}": the voice's kind, the language
#   asked for, and the text it is for (the string, or the object's name). Orca 43 logs the language
#   ("voice requested with language='ar'") but not the text it goes with;
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

from orca import debug, speech_generator

debug.debugLevel = debug.LEVEL_INFO
debug.debugFile = open(sys.argv[1], 'w', encoding='utf-8', buffering=1)

asked = speech_generator.SpeechGenerator.voice


def voice(self, key=None, **args):
    result = asked(self, key, **args)
    try:
        obj = args.get('obj')
        string = args.get('string')
        record = {
            'kind': key or 'default',
            'language': args.get('language'),
            'dialect': args.get('dialect'),
            'text': string if isinstance(string, str) and string.strip() else (obj.name if obj else ''),
            'role': obj.getRoleName() if obj else '',
        }
        debug.println(debug.LEVEL_INFO, 'TEST VOICE: ' + json.dumps(record, ensure_ascii=False), True)
    except Exception as error:  # a dead object: nothing to record
        debug.println(debug.LEVEL_INFO, 'TEST VOICE: (not recorded: %s)' % error, True)
    return result


speech_generator.SpeechGenerator.voice = voice

sys.argv = ['orca', '--user-prefs', sys.argv[2]]
sys.exit(launcher['main']())
