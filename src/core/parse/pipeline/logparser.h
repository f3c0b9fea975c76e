// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/parse/framing/lineframer.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace oom {

// The engine for one input: physical lines in, OomEvents out. Feeds the LineFramer and
// the ReportAssembler. Incremental: events come out as soon as they are complete, so a
// follower of /dev/kmsg and a scanner of a 10 GiB file use the same code. Pure: no I/O.
class LogParser
{
public:
    explicit LogParser(QString sourcePath, FramingOptions options = {});
    ~LogParser();
    LogParser(const LogParser &) = delete;
    LogParser &operator=(const LogParser &) = delete;

    void addLine(QByteArrayView line, qint64 lineNumber);
    // Lines were skipped between the previous and the next addLine().
    void addGap();
    // End of input: closes every open event.
    void finish();
    // Events completed so far, in input order; ownership passes to the caller.
    QList<OomEvent> takeEvents();
    // For a live follower when the log has gone quiet: hands out every event whose kill
    // was seen without waiting for the lines that usually follow (reaper, systemd unit
    // results), so a new OOM is announced at once. Reports still being printed stay open.
    QList<OomEvent> takeCompletedNow();
    // True while an event is open and the lines that follow may still belong to it; a
    // scanner that feeds only windows around anchors keeps feeding while this holds.
    bool wantsContext() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Substrings of which at least one occurs in every line that can start or identify an
// OOM event (case-sensitive). A scanner finds them with a vectorised search and feeds the
// parser the lines around them; lines without any of them only matter as context.
QList<QByteArrayView> eventAnchors();

// How many lines around an anchor a scanner should feed: before it (a report cut
// mid-stack) and, at least, after it. Every reader of windows (the scanner, the bundle
// collector's journal excerpt) uses this one value.
inline constexpr int AnchorWindowLines = 64;

} // namespace oom
