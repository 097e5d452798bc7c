"""Turns installed gettext catalogs back into pairs: one JSONL line per translated message,
{"id": "<domain>:<n>", "source", "target", "source_lang", "target_lang"}. Korean and Chinese have
one plural form, so a plural message is msgid_plural / msgstr[0] (the singular msgid often says
"one" where the translation has %d). Also runs translate-toolkit's `pofilter -t printf` on each catalog and writes the ids it
flags, one per line, to <out>.printf. Usage (from the repository root):
    python3 bench/gettext/pairs.py ko out/ko.jsonl [domain ...]
Without domains it takes DOMAINS below that exist under /usr/share/locale/<lang>/LC_MESSAGES.
"""
import json
import os
import subprocess
import sys
import tempfile

from translate.storage import po

DOMAINS = ["coreutils", "apt", "libapt-pkg6.0", "dpkg", "bash", "glib20", "gtk20", "gtk20-properties", "wget",
           "tar", "grep", "sed", "findutils", "make", "git", "psql-15", "xz", "gettext-tools", "python-apt",
           "software-properties", "systemd", "shadow", "man-db", "procps-ng", "gstreamer-1.0", "PackageKit",
           "adduser", "Linux-PAM", "appstream", "libc", "avahi", "initdb-15", "pg_dump-15"]


def units(path):
    store = po.pofile.parsefile(path)
    for unit in store.units:
        if unit.isheader() or not unit.istranslated():
            continue
        yield unit


def main():
    lang, out = sys.argv[1], sys.argv[2]
    domains = sys.argv[3:] or DOMAINS
    target_lang = {"ko": "ko", "zh_CN": "zh-Hans"}.get(lang, lang)
    flagged = []
    with open(out, "w", encoding="utf-8") as writer, tempfile.TemporaryDirectory() as work:
        for domain in domains:
            mo = f"/usr/share/locale/{lang}/LC_MESSAGES/{domain}.mo"
            if not os.path.exists(mo):
                continue
            pofile = os.path.join(work, domain + ".po")
            subprocess.run(["msgunfmt", "-o", pofile, mo], check=True, stderr=subprocess.DEVNULL)
            if not os.path.exists(pofile):
                continue
            ids = {}
            for n, unit in enumerate(units(pofile), 1):
                source = unit.source if not unit.hasplural() else unit.source.strings[-1]
                target = unit.target if not unit.hasplural() else unit.target.strings[0]
                pair_id = f"{domain}:{n}"
                ids[(str(source), str(target))] = pair_id
                writer.write(json.dumps({"id": pair_id, "source": str(source), "target": str(target),
                                         "source_lang": "en", "target_lang": target_lang}, ensure_ascii=False) + "\n")
            report = os.path.join(work, domain + ".printf.po")
            subprocess.run(["pofilter", "-t", "printf", "--progress=none", pofile, report], check=True)
            for unit in units(report) if os.path.exists(report) else []:
                source = unit.source if not unit.hasplural() else unit.source.strings[-1]
                target = unit.target if not unit.hasplural() else unit.target.strings[0]
                if (str(source), str(target)) in ids:
                    flagged.append(ids[(str(source), str(target))])
    with open(out + ".printf", "w", encoding="utf-8") as writer:
        writer.writelines(f + "\n" for f in flagged)


main()
