// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/supportconfigsections.h"

#include "sources/input/linereader.h"
#include "sources/input/linesink.h"
#include "sources/input/logselection.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// "#==[ Command ]=====#" -> "Command"; empty if the line is no section header.
QByteArrayView headerKind(QByteArrayView line)
{
    if (!line.startsWith("#==["))
        return {};
    const qsizetype close = line.indexOf(']');
    if (close < 0)
        return {};
    return line.sliced(4, close - 4).trimmed();
}

} // namespace

bool isSupportconfigLogSection(QByteArrayView kind, QByteArrayView sourceLine, QString *source)
{
    if (!sourceLine.startsWith('#'))
        return false;
    QByteArrayView text = sourceLine.sliced(1).trimmed();
    // "/var/log/messages - Last 5000 Lines": the path is the first word.
    const qsizetype space = text.indexOf(' ');
    const QByteArrayView path = space < 0 ? text : text.first(space);
    *source = QString::fromUtf8(path);
    const qsizetype slash = path.lastIndexOf('/');
    const QString name = QString::fromUtf8(slash < 0 ? path : path.sliced(slash + 1));
    if (kind == "Command")
        return name == u"dmesg"_s || name == u"journalctl"_s;
    if (kind == "Log File")
        return path.startsWith("/var/log/") && isSystemLogName(name);
    return false;
}

SupportconfigStats feedSupportconfigSections(LineReader &reader, LineSink &sink)
{
    SupportconfigStats stats;
    enum class State { Outside, ExpectSource, Feeding, Skipping } state = State::Outside;
    QByteArray kind;
    bool fedAny = false;
    QByteArrayView line;
    while (reader.next(&line)) {
        const QByteArrayView header = headerKind(line);
        if (!header.isEmpty()) {
            ++stats.sections;
            kind = header.toByteArray();
            state = State::ExpectSource;
            continue;
        }
        switch (state) {
        case State::Outside:
        case State::Skipping: break;
        case State::ExpectSource: {
            QString source;
            if (isSupportconfigLogSection(kind, line, &source)) {
                state = State::Feeding;
                stats.fed.append(source);
                if (fedAny)
                    sink.addGap();
            } else {
                state = State::Skipping;
            }
            break;
        }
        case State::Feeding:
            sink.addLine(line, reader.lineNumber());
            ++stats.lines;
            fedAny = true;
            break;
        }
    }
    return stats;
}

} // namespace oom
