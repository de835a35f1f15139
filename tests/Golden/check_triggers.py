#!/usr/bin/env python3
"""Checks the author rules' pre-screen literals (PatternTrigger lists) against their patterns: expands every
alternative of each pattern into sample strings (first and last of each class, optional parts with and without)
and reports any sample that contains none of the pattern's trigger literals. Run from the repository root."""
import re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from check_triggers_lib import check

BASE = 'src/SentimentMonitor.Core/Authors/'

def generated(file):
    s = open(BASE + file, encoding='utf-8').read()
    pats = {m.group(3): m.group(1).replace('""', '"') for m in re.finditer(
        r'\[GeneratedRegex\(@"((?:[^"]|"")*)", ([^\]]*)\)\]\s*private static partial Regex (\w+)\(\);', s)}
    return pats, s

def literals(s, name):
    m = re.search(r'new\(' + name + r'(?:\(\))?,?\s*((?:"(?:[^"\\]|\\.)*",?\s*)+)\)', s)
    return re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))

for file, names in [('RoleCues.cs', ['BotPattern', 'OrganizationPattern', 'OrganizationNamePattern', 'CommunicatorPattern',
                                     'ResearcherPattern', 'PublicPattern', 'PrivatePattern']),
                    ('ProfessionVocabulary.cs', ['Nurse', 'PhysicianEarly', 'PhysicianMedico']),
                    ('CareerStageRules.cs', ['Retired', 'Student', 'Resident', 'Fellow', 'Attending'])]:
    pats, s = generated(file)
    for n in names:
        check(n, pats[n], [l.encode().decode('unicode_escape').encode('latin-1').decode('utf-8') if '\\' in l else l for l in literals(s, n)])

s = open(BASE + 'ProfessionVocabulary.cs', encoding='utf-8').read()
late = re.search(r'PhysicianLate = new\(@"((?:[^"]|"")*)"', s).group(1)
check('PhysicianLate', late, literals(s, 'PhysicianLate'))

s = open(BASE + 'ProfileTraps.cs', encoding='utf-8').read()
clinical = re.search(r'private const string Clinical = @"([^"]*)";', s).group(1)
check('Clinical (ClinicalWords)', clinical, re.findall(r'"([^"]*)"', re.search(r'ClinicalWords = new\(Relative\(\),(.*?)\);', s, re.S).group(1)))

s = open(BASE + 'SpecialtyVocabulary.cs', encoding='utf-8').read()
for name, folded, _, original in re.findall(r'new\(Specialty\.(\w+), new\(@"((?:[^"]|"")*)", Options\), (null|new\(@"((?:[^"]|"")*)", Options\))\)', s):
    m = re.search(r'\[Specialty\.' + name + r'\] = \(\[(.*?)\], (null|\[(.*?)\])\)', s, re.S)
    check('specialty ' + name, folded.replace('""', '"'), re.findall(r'"([^"]*)"', m.group(1)))
    if original:
        check('specialty ' + name + ' (original)', original.replace('""', '"'), re.findall(r'"([^"]*)"', m.group(3)))

s = open(BASE + 'ClinicalCredentials.cs', encoding='utf-8').read()
credential = re.search(r'\[GeneratedRegex\(@"((?:[^"]|"")*)", RegexOptions.CultureInvariant\)\]\s*private static partial Regex Credential\(\)', s).group(1)
check('Credential', credential, re.findall(r'"([^"]*)"', re.search(r'CredentialLetters = SearchValues.Create\(\s*\[(.*?)\]', s, re.S).group(1)))
