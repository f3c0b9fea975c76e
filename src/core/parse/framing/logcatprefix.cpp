// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/logcatprefix.h"

#include "core/parse/framing/bytescan.h"
#include "core/parse/framing/wallclock.h"

namespace oom::framing {

bool parseLogcatThreadtime(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    WallClock clock;
    qint64 month = 0;
    qint64 day = 0;
    qsizetype p = readDigits(s, pos, 2, 2, month);
    if (p < 0 || !charAt(s, p, '-'))
        return false;
    p = readDigits(s, p + 1, 2, 2, day);
    if (p < 0 || !charAt(s, p, ' ') || month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    clock.month = int(month);
    clock.day = int(day);
    p = parseTimeOfDay(s, p + 1, clock);
    if (p < 0 || p >= s.size() || !isBlank(s[p]))
        return false;
    qint64 pid = 0;
    qint64 tid = 0;
    p = readDigits(s, skipBlanks(s, p), 1, 10, pid);
    if (p < 0 || p >= s.size() || !isBlank(s[p]))
        return false;
    p = readDigits(s, skipBlanks(s, p), 1, 10, tid);
    if (p < 0 || p >= s.size() || !isBlank(s[p]))
        return false;
    p = skipBlanks(s, p);
    static constexpr QByteArrayView priorities = "VDIWEFA";
    if (p + 1 >= s.size() || !priorities.contains(s[p]) || !isBlank(s[p + 1]))
        return false;
    const qsizetype tagStart = skipBlanks(s, p + 1);
    const qsizetype colon = s.indexOf(": ", tagStart);
    if (colon <= tagStart)
        return false;
    out.clock = clock;
    out.host = {};
    out.ident = trimmedBlanks(s.sliced(tagStart, colon - tagStart));
    out.identPid = pid;
    out.messagePos = colon + 2;
    return true;
}

} // namespace oom::framing
