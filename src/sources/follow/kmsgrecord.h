// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace oom {

class LineSink;

// One record as a read() of /dev/kmsg returns it (Documentation/ABI/testing/dev-kmsg):
//   "6,1234,5678901,-;message text\n SUBSYSTEM=pci\n DEVICE=+pci:0000:00:1f.3\n"
// The header is priority (facility * 8 + level), sequence number, microseconds since boot
// and flags, then (5.1+) optional fields such as "caller=T123" before the ';'. The text
// keeps printk's escaping: control characters, bytes >= 0x7f and '\' are "\xNN".
struct KmsgRecord {
    // printk's continuation flags, which only 3.5 to 4.x split into separate records:
    // 'c' starts a line that pr_cont() extends, '+' continues the record before it.
    enum class Continuation {
        None, // '-'
        Begins, // 'c'
        Continues, // '+'
    };

    int facility = 0;
    int level = 0;
    quint64 sequence = 0;
    qint64 timestampUsec = 0;
    Continuation continuation = Continuation::None;
    QByteArrayView line; // header and text without the dictionary: what the engine reads
    QByteArrayView text; // the message, still escaped
    QByteArrayView dictionary; // the " KEY=value" lines after the text, or empty
};

// Parses the bytes of one read(); nullopt when they do not start with a record header.
// The views point into `bytes`.
std::optional<KmsgRecord> parseKmsgRecord(QByteArrayView bytes);

// The text with printk's "\xNN" escapes decoded ("\x0a" becomes a newline). The engine
// decodes them itself (LineFramer); this is for display and tests.
QByteArray decodeKmsgText(QByteArrayView text);

// Turns the records of one /dev/kmsg reader into the engine's lines: joins '+' fragments
// to the line they continue (so a pr_cont() buddy list of a 4.x kernel is one line again),
// numbers the lines 1, 2, 3, ... and marks gaps where the kernel overwrote records before
// they were read. A line is held back only until the next record or the end of a burst.
class KmsgLineAssembler
{
public:
    void add(const KmsgRecord &record, LineSink &sink);
    // read() failed with EPIPE: records were overwritten before this reader got them.
    void overrun();
    // The end of a burst (read() said EAGAIN): nothing more to join now, hand it over.
    void flush(LineSink &sink);

    qint64 linesFed() const { return m_lines; }
    // Records known to be lost (sequence numbers skipped), over the assembler's life.
    quint64 recordsLost() const { return m_lost; }

private:
    QByteArray m_pending;
    qint64 m_lines = 0;
    std::optional<quint64> m_lastSequence;
    quint64 m_lost = 0;
    bool m_overrun = false;
};

} // namespace oom
