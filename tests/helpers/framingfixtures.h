// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// The framing tests' shared tools: run text through a LineFramer, and show records in a
// one-line form that names every field, so a failing row prints exactly what differs:
//   "<first>[-<last>] [time=<ISO with ms>] [up=<seconds>] [host=…] [ident=…] [pid=…]
//    [cont] [elided] | <text>"

#include "core/parse/framing/lineframer.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace oom::framingtest {

using namespace Qt::StringLiterals;

inline QString describe(const LogRecord &r)
{
    QString s = QString::number(r.lines.first);
    if (r.lines.last != r.lines.first)
        s += u'-' + QString::number(r.lines.last);
    if (r.time)
        s += u" time="_s + r.time->toString(Qt::ISODateWithMs);
    if (r.uptime)
        s += u" up="_s + QString::number(*r.uptime, 'f', 6);
    if (!r.host.isEmpty())
        s += u" host="_s + r.host;
    if (!r.ident.isEmpty())
        s += u" ident="_s + r.ident;
    if (r.identPid)
        s += u" pid="_s + QString::number(*r.identPid);
    if (r.continuation)
        s += u" cont"_s;
    if (r.elision)
        s += u" elided"_s;
    return s + u" | "_s + r.text;
}

inline FramingOptions pinnedYear(int year)
{
    FramingOptions options;
    options.assumedYear = year;
    return options;
}

// Feeds `input` line by line ('\n' only, so "\r" stays for the framer to handle). A line
// that is exactly "<<gap>>" stands for lines a scanner skipped: it calls addGap().
inline QList<LogRecord> frame(QByteArrayView input, FramingOptions options = pinnedYear(2024))
{
    LineFramer framer(options);
    QList<LogRecord> records;
    qint64 number = 0;
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        ++number;
        if (line == QByteArrayView("<<gap>>"))
            framer.addGap(records);
        else
            framer.addLine(line, number, records);
        start = end + 1;
    }
    framer.finish(records);
    return records;
}

inline QStringList describeAll(const QList<LogRecord> &records)
{
    QStringList out;
    for (const LogRecord &r : records)
        out << describe(r);
    return out;
}

} // namespace oom::framingtest
