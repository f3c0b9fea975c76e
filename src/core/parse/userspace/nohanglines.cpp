// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/nohanglines.h"
#include "core/parse/framing/textscan.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// The integer at the start of `text`, after blanks.
std::optional<qint64> leadingInteger(QStringView text)
{
    return textscan::leadingInt(text.trimmed());
}

std::optional<double> leadingNumber(QStringView text)
{
    text = text.trimmed();
    qsizetype end = 0;
    while (end < text.size() && (isDigit(text[end]) || text[end] == u'.' || text[end] == u'-'))
        ++end;
    bool ok = false;
    const double value = text.left(end).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// "2023-08-10 16:53:26,460: " in front of lines of nohang's own log file.
QStringView withoutLogStamp(QStringView text)
{
    if (text.size() > 25 && text[4] == u'-' && text[10] == u' ' && text[19] == u','
        && text[23] == u':' && text[24] == u' ' && isDigit(text[0]))
        return text.mid(25);
    return text;
}

// Splits "a: 1, b: 2 (c: 3, d: 4), e: 5" at the commas outside parentheses.
QList<QStringView> splitTopLevel(QStringView text)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'(')
            ++depth;
        else if (text[i] == u')')
            depth = qMax(0, depth - 1);
        else if (text[i] == u',' && depth == 0) {
            parts.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    parts.append(text.mid(start).trimmed());
    return parts;
}

bool applyField(const QString &key, QStringView value, NohangVictim &victim);

// "10432 MiB  (Anon: 10427 MiB, File: 6 MiB, Shmem: 0 MiB)" or "50 (Anon: 49, ...)"
void applyRss(QStringView value, NohangVictim &victim)
{
    victim.vmRssMiB = leadingInteger(value);
    const qsizetype open = value.indexOf(u'(');
    const qsizetype close = value.lastIndexOf(u')');
    if (open < 0 || close <= open)
        return;
    for (QStringView part : splitTopLevel(value.mid(open + 1, close - open - 1))) {
        const qsizetype colon = part.indexOf(u':');
        if (colon > 0)
            applyField(part.left(colon).trimmed().toString().toLower(), part.mid(colon + 1),
                       victim);
    }
}

bool applyField(const QString &key, QStringView value, NohangVictim &victim)
{
    value = value.trimmed();
    const auto toInt = [](QStringView v) -> std::optional<int> {
        const auto number = leadingInteger(v);
        return number ? std::optional<int>(int(*number)) : std::nullopt;
    };
    if (key == u"pid")
        victim.pid = leadingInteger(value);
    else if (key == u"name")
        victim.name = value.toString();
    else if (key == u"state")
        victim.state = value.toString();
    else if (key == u"euid")
        victim.euid = leadingInteger(value);
    else if (key == u"badness")
        victim.badness = toInt(value);
    else if (key == u"oom_score")
        victim.oomScore = toInt(value);
    else if (key == u"oom_score_adj")
        victim.oomScoreAdj = toInt(value);
    else if (key == u"vmsize" || key == u"size")
        victim.vmSizeMiB = leadingInteger(value);
    else if (key == u"vmrss" || key == u"rss")
        applyRss(value, victim);
    else if (key == u"vmswap" || key == u"swap")
        victim.vmSwapMiB = leadingInteger(value);
    else if (key == u"anon")
        victim.anonMiB = leadingInteger(value);
    else if (key == u"file")
        victim.fileMiB = leadingInteger(value);
    else if (key == u"shmem")
        victim.shmemMiB = leadingInteger(value);
    else if (key == u"cgroup_v1")
        victim.cgroupV1 = value.toString();
    else if (key == u"cgroup_v2")
        victim.cgroupV2 = value.toString();
    else if (key == u"cmdline")
        victim.cmdline = value.toString();
    else if (key == u"realpath" || key == u"exe realpath")
        victim.realpath = value.toString();
    else if (key == u"lifetime")
        victim.lifetime = value.toString();
    else if (key == u"sid" || key == u"nssid" || key == u"ancestry" || key == u"cwd"
             || key == u"cwd realpath" || key == u"ppid")
        return true; // printed, not kept
    else
        return false;
    return true;
}

// A percentage inside "[383 MiB, 5.0 %]" or "(520 MiB, 8.9 %)".
std::optional<double> bracketPercent(QStringView text)
{
    const qsizetype percent = text.indexOf(u'%');
    if (percent < 0)
        return std::nullopt;
    qsizetype start = text.lastIndexOf(u',', percent);
    if (start < 0)
        return std::nullopt;
    return leadingNumber(text.mid(start + 1, percent - start - 1));
}

std::optional<NohangLine> make(NohangLine::Kind kind)
{
    NohangLine line;
    line.kind = kind;
    return line;
}

std::optional<NohangLine> parseAction(QStringView t)
{
    // "Send SIGTERM to the victim; total response time: 13246 ms" (2019)
    if (t.startsWith(u"Send ") && t.contains(u" to the victim")) {
        NohangLine line;
        line.kind = NohangLine::Kind::SendSignal;
        line.signal = t.mid(5, t.indexOf(u' ', 5) - 5).toString();
        if (const qsizetype at = t.indexOf(u"response time: "); at >= 0)
            line.responseMs = leadingNumber(t.mid(at + 15));
        return line;
    }
    // "Sending SIGTERM to the victim" (v0.2)
    if (t.startsWith(u"Sending ") && t.contains(u" to the victim")) {
        NohangLine line;
        line.kind = NohangLine::Kind::SendSignal;
        line.signal = t.mid(8, t.indexOf(u' ', 8) - 8).toString();
        return line;
    }
    for (QStringView prefix :
         {QStringView(u"Run the command: "), QStringView(u"Executing the command: ")}) {
        if (t.startsWith(prefix)) {
            NohangLine line;
            line.kind = NohangLine::Kind::RunCommand;
            line.command = t.mid(prefix.size()).toString();
            return line;
        }
    }
    // "Preventing OOM: trying to send the SIGTERM signal to stress," (2018)
    static constexpr QStringView preventing = u"Preventing OOM: trying to send the ";
    if (t.startsWith(preventing)) {
        NohangLine line;
        line.kind = NohangLine::Kind::PreventingOom;
        QStringView rest = t.mid(preventing.size());
        const qsizetype space = rest.indexOf(u' ');
        line.signal = rest.left(space).toString();
        static constexpr QStringView signalTo = u" signal to ";
        if (const qsizetype to = rest.indexOf(signalTo); to >= 0) {
            QStringView name = rest.mid(to + signalTo.size());
            if (name.endsWith(u','))
                name.chop(1);
            line.victim.name = name.toString();
        }
        return line;
    }
    return std::nullopt;
}

} // namespace

bool applyNohangVictimLine(QStringView text, NohangVictim &victim)
{
    text = withoutLogStamp(text.trimmed()).trimmed();
    // "Vm, MiB:   Size: 100, RSS: 50 (Anon: 49, File: 1, Shmem: 0), Swap: 0" (v0.2)
    if (text.startsWith(u"Vm, MiB:")) {
        for (QStringView part : splitTopLevel(text.mid(8))) {
            const qsizetype colon = part.indexOf(u':');
            if (colon > 0)
                applyField(part.left(colon).trimmed().toString().toLower(), part.mid(colon + 1),
                           victim);
        }
        return true;
    }
    // "Victim VmRSS: 3268608 KiB" (May 2019)
    if (text.startsWith(u"Victim VmRSS: ")) {
        const auto kib = leadingInteger(text.mid(14));
        if (kib)
            victim.vmRssMiB = (*kib + 512) / 1024;
        return kib.has_value();
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return false;
    const QString firstKey = text.left(colon).trimmed().toString().toLower();
    // Free-text values (command lines, paths) may contain ", ": never split them.
    const bool listLine = firstKey == u"pid" || firstKey == u"badness";
    if (!listLine)
        return applyField(firstKey, text.mid(colon + 1), victim);
    bool any = false;
    for (QStringView part : splitTopLevel(text)) {
        const qsizetype partColon = part.indexOf(u':');
        if (partColon > 0)
            any |= applyField(part.left(partColon).trimmed().toString().toLower(),
                              part.mid(partColon + 1), victim);
    }
    return any;
}

std::optional<NohangLine> parseNohangLine(QStringView text)
{
    const QStringView t = withoutLogStamp(text.trimmed()).trimmed();
    using Kind = NohangLine::Kind;
    if (t.startsWith(u">>>>") || t.startsWith(u"<<<<") || t.startsWith(u">>===")
        || t.startsWith(u"<<===")) {
        NohangLine line;
        line.kind = Kind::Separator;
        line.opening = t.startsWith(u">>");
        return line;
    }

    for (QStringView header : {QStringView(u"Implement a corrective action:"),
                               QStringView(u"Implementing a corrective action:")}) {
        if (!t.startsWith(header))
            continue;
        // One-line form ("Implementing a corrective action: Sending SIGTERM to the victim").
        const QStringView rest = t.mid(header.size()).trimmed();
        if (!rest.isEmpty()) {
            if (auto action = parseAction(rest))
                return action;
        }
        return make(Kind::ActionHeader);
    }
    if (auto action = parseAction(t))
        return action;

    if (t.startsWith(u"Memory status that requires corrective action")
        || t.startsWith(u"Memory status before implementing a corrective action"))
        return make(Kind::MemoryStatusHeader);
    if (t.startsWith(u"Memory status after implementing a corrective action"))
        return make(Kind::MemoryAfter);
    if (t.startsWith(u"Victim status (found in") || t.startsWith(u"Victim state (found in")
        || t.startsWith(u"Victim status:"))
        return make(Kind::VictimStatusHeader);
    if (t.contains(u"rocess with highest badness"))
        return make(Kind::HighestBadnessHeader);
    if (t.startsWith(u"The victim died in") || t.startsWith(u"The victim became a zombie in")
        || t.startsWith(u"The victim doesn't respond on corrective action"))
        return make(Kind::VictimGone);
    if (t.startsWith(u"OK; total response time:") || t.startsWith(u"Exit status: ")
        || t.startsWith(u"Success; reaction time:") || t.startsWith(u"Total response time:")) {
        NohangLine line;
        line.kind = Kind::ResponseTime;
        if (const qsizetype at = t.indexOf(u" time: "); at >= 0)
            line.responseMs = leadingNumber(t.mid(at + 7));
        return line;
    }
    if ((t.contains(u"< min_badness") && t.contains(u"nothing to do"))
        || t.startsWith(u"Thresholds is not exceeded now"))
        return make(Kind::NothingToDo);
    if (t.startsWith(u"Total stat (") || t.startsWith(u"What happened in the last ")
        || t.startsWith(u"[ OK ] ") || (t.startsWith(u"Send ") && t.contains(u" to ")))
        return make(Kind::Statistics);

    // "MemAvailable [383 MiB, 5.0 %] <= soft_threshold_min_mem [384 MiB, 5.0 %]" (2019+),
    // "* MemAvailable (520 MiB, 8.9 %) < mem_min_sigterm (529 MiB, 9.0 %)" (2018).
    QStringView threshold = t;
    if (threshold.startsWith(u"* "))
        threshold = threshold.mid(2);
    const bool memAvailable =
        threshold.startsWith(u"MemAvailable [") || threshold.startsWith(u"MemAvailable (");
    const bool swapFree =
        threshold.startsWith(u"SwapFree [") || threshold.startsWith(u"SwapFree (");
    if (memAvailable || swapFree || threshold.startsWith(u"MemUsedZram [")
        || threshold.startsWith(u"PSI avg value")) {
        NohangLine line;
        line.kind = Kind::MemoryThreshold;
        const qsizetype compare = threshold.indexOf(u" <");
        const QStringView measured = compare < 0 ? threshold : threshold.left(compare);
        if (memAvailable)
            line.memAvailablePercent = bracketPercent(measured);
        else if (swapFree)
            line.swapFreePercent = bracketPercent(measured);
        if (threshold.contains(u"hard_threshold") || threshold.contains(u"_sigkill"))
            line.signal = u"SIGKILL"_s;
        else if (threshold.contains(u"soft_threshold") || threshold.contains(u"_sigterm"))
            line.signal = u"SIGTERM"_s;
        return line;
    }
    // "MemAvailable: 49.2 MiB, SwapFree: 1470.2 MiB" after "Memory status after ..."
    if (t.startsWith(u"MemAvailable: "))
        return make(Kind::MemoryAfter);

    NohangLine line;
    line.kind = Kind::VictimField;
    if (applyNohangVictimLine(t, line.victim))
        return line;
    return std::nullopt;
}

} // namespace oom
