// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Test helpers shared by the corpus tests: run the engine over a whole file, the way a
// reader that feeds every line does.

#include "core/parse/pipeline/logparser.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace oom::testing {

inline QString reportsDir()
{
    return QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports/");
}

inline QStringList reportCases()
{
    return QDir(reportsDir()).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
}

// Every line of `path` through a LogParser named `sourceName`.
inline QList<OomEvent> parseWholeFile(const QString &path, const QString &sourceName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    // Logs without a year in their timestamps get this one (the output marks it assumed);
    // pinned so the goldens do not change at New Year.
    FramingOptions options;
    options.assumedYear = 2026;
    LogParser parser(sourceName, options);
    QList<OomEvent> events;
    qint64 number = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArrayView line(data.constData() + start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        parser.addLine(line, ++number);
        events.append(parser.takeEvents());
    }
    parser.finish();
    events.append(parser.takeEvents());
    return events;
}

// The lines of `text` through a LogParser, as a reader of a pasted log would feed them.
inline QList<OomEvent> parseText(const QByteArray &text, const QString &sourceName)
{
    FramingOptions options;
    options.assumedYear = 2026;
    LogParser parser(sourceName, options);
    QList<OomEvent> events;
    qint64 number = 0;
    for (const QByteArray &line : text.split('\n')) {
        parser.addLine(line, ++number);
        events.append(parser.takeEvents());
    }
    parser.finish();
    events.append(parser.takeEvents());
    return events;
}

} // namespace oom::testing
