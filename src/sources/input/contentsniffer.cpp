// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/contentsniffer.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

constexpr qsizetype NulRunMinimum = 64;

bool startsWithBytes(QByteArrayView head, std::initializer_list<unsigned char> magic)
{
    if (head.size() < qsizetype(magic.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char byte : magic) {
        if (static_cast<unsigned char>(head[i++]) != byte)
            return false;
    }
    return true;
}

QByteArrayView firstLine(QByteArrayView head)
{
    const qsizetype nl = head.indexOf('\n');
    return nl < 0 ? head : head.first(nl);
}

QByteArrayView skipSpaces(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size()
           && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return text.sliced(i);
}

bool isUpperKey(QByteArrayView key)
{
    if (key.isEmpty())
        return false;
    for (const char c : key) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

// journalctl -o export: every entry starts with "__CURSOR=" (systemd 254+ may put
// "__SEQNUM=" first); fields are KEY=VALUE or, for binary values, a bare KEY line.
bool looksLikeJournalExport(QByteArrayView head)
{
    const QByteArrayView line = firstLine(head);
    const qsizetype eq = line.indexOf('=');
    return line.startsWith("__") && eq > 2 && isUpperKey(line.first(eq));
}

// journalctl -o json (one object a line) and -o json-pretty.
bool looksLikeJournalJson(QByteArrayView head)
{
    const QByteArrayView text = skipSpaces(head);
    if (!text.startsWith('{'))
        return false;
    const QByteArrayView start = text.first(qMin<qsizetype>(text.size(), 8192));
    return start.contains("\"__CURSOR\"") || start.contains("\"__REALTIME_TIMESTAMP\"")
        || (start.contains("\"MESSAGE\"") && start.contains("\"_HOSTNAME\""));
}

bool looksLikeSupportconfig(QByteArrayView head)
{
    return skipSpaces(head).startsWith("#==[");
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool startsWithDigits(QByteArrayView text, qsizetype count)
{
    if (text.size() < count)
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    return true;
}

bool hasLogPrefix(QByteArrayView line)
{
    // Quoting added by whoever pasted the log.
    while (line.startsWith('>') || line.startsWith('|') || line.startsWith(' ')
           || line.startsWith('\t'))
        line = line.sliced(1);
    if (line.isEmpty())
        return false;
    if (line.startsWith('[')) {
        // dmesg "[  12.345678]", dmesg -T "[Mon Jan  1 ...]" and its localized forms.
        const QByteArrayView rest = line.sliced(1);
        return !rest.isEmpty()
            && (rest[0] == ' ' || isDigit(rest[0]) || (rest[0] & 0x80)
                || (rest.size() > 4 && rest[3] == ' '));
    }
    if (line.startsWith('<') && line.size() > 2 && isDigit(line[1]))
        return true; // "<6>" printk / syslog priority
    if (startsWithDigits(line, 4) && line.size() > 4 && line[4] == '-')
        return true; // ISO 8601 / RFC 3339 / RFC 5424 date
    if (startsWithDigits(line, 2) && line.size() > 5 && line[2] == '-' && line[5] == ' ')
        return true; // logcat "MM-DD hh:mm:ss"
    if (startsWithDigits(line, 1)) {
        // /dev/kmsg "prio,seq,usec,flags;text"
        const qsizetype semicolon = line.indexOf(';');
        return semicolon > 0 && line.first(semicolon).count(',') >= 2;
    }
    static const std::array<QByteArrayView, 12> months = {
        "Jan ", "Feb ", "Mar ", "Apr ", "May ", "Jun ",
        "Jul ", "Aug ", "Sep ", "Oct ", "Nov ", "Dec ",
    };
    for (const QByteArrayView month : months) {
        if (line.startsWith(month))
            return true; // RFC 3164 syslog, journalctl short
    }
    return line.startsWith("-- Logs begin") || line.startsWith("-- Journal begins")
        || line.startsWith("-- Boot ");
}

} // namespace

ContentKind sniffContent(QByteArrayView head)
{
    if (head.isEmpty())
        return ContentKind::Empty;
    if (startsWithBytes(head, {0x1f, 0x8b}))
        return ContentKind::Gzip;
    if (startsWithBytes(head, {0xfd, '7', 'z', 'X', 'Z', 0x00}))
        return ContentKind::Xz;
    if (startsWithBytes(head, {0x28, 0xb5, 0x2f, 0xfd}))
        return ContentKind::Zstd;
    if (startsWithBytes(head, {'B', 'Z', 'h'}) && head.size() > 3 && head[3] >= '1'
        && head[3] <= '9')
        return ContentKind::Bzip2;
    if (startsWithBytes(head, {0x04, 0x22, 0x4d, 0x18})
        || startsWithBytes(head, {0x02, 0x21, 0x4c, 0x18}))
        return ContentKind::Lz4;
    if (startsWithBytes(head, {0x5d, 0x00, 0x00}))
        return ContentKind::Lzma;
    if (startsWithBytes(head, {0x1f, 0x9d}))
        return ContentKind::UnixCompress;
    if (head.size() >= 262 && head.sliced(257, 5) == "ustar")
        return ContentKind::Tar;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")
        || head.startsWith("PK\x07\x08"))
        return ContentKind::Zip;
    if (startsWithBytes(head, {'7', 'z', 0xbc, 0xaf, 0x27, 0x1c}))
        return ContentKind::SevenZip;
    if (head.startsWith("LPKSHHRH"))
        return ContentKind::JournalFile;
    if (looksLikeJournalExport(head))
        return ContentKind::JournalExport;
    if (looksLikeJournalJson(head))
        return ContentKind::JournalJson;
    if (looksBinary(textStats(head)))
        return ContentKind::Binary;
    if (looksLikeSupportconfig(head))
        return ContentKind::SupportconfigSections;
    return ContentKind::Text;
}

bool isCompression(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Gzip:
    case ContentKind::Xz:
    case ContentKind::Zstd:
    case ContentKind::Bzip2:
    case ContentKind::Lz4:
    case ContentKind::Lzma:
    case ContentKind::UnixCompress: return true;
    default: return false;
    }
}

bool isArchive(ContentKind kind)
{
    return kind == ContentKind::Tar || kind == ContentKind::Zip;
}

QString contentKindName(ContentKind kind)
{
    switch (kind) {
    case ContentKind::Empty: return u"empty"_s;
    case ContentKind::Gzip: return u"gzip"_s;
    case ContentKind::Xz: return u"xz"_s;
    case ContentKind::Zstd: return u"zstd"_s;
    case ContentKind::Bzip2: return u"bzip2"_s;
    case ContentKind::Lz4: return u"lz4"_s;
    case ContentKind::Lzma: return u"lzma"_s;
    case ContentKind::UnixCompress: return u"compress"_s;
    case ContentKind::Tar: return u"tar"_s;
    case ContentKind::Zip: return u"zip"_s;
    case ContentKind::SevenZip: return u"7z"_s;
    case ContentKind::JournalFile: return u"journal"_s;
    case ContentKind::JournalExport: return u"journal-export"_s;
    case ContentKind::JournalJson: return u"journal-json"_s;
    case ContentKind::SupportconfigSections: return u"supportconfig"_s;
    case ContentKind::Text: return u"text"_s;
    case ContentKind::Binary: return u"binary"_s;
    }
    return QString();
}

TextStats textStats(QByteArrayView sample)
{
    TextStats stats;
    stats.bytes = sample.size();
    const auto *data = reinterpret_cast<const unsigned char *>(sample.data());
    const qsizetype size = sample.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c == 0) {
            qsizetype run = i;
            while (run < size && data[run] == 0)
                ++run;
            if (run - i >= NulRunMinimum)
                stats.nulRunBytes += run - i;
            else
                stats.strayNuls += run - i;
            i = run;
            continue;
        }
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r'
                 && c != 0x1b)
                || c == 0x7f) {
                ++stats.controlBytes;
            }
            ++i;
            continue;
        }
        // A UTF-8 sequence: lead byte, then continuation bytes 10xxxxxx; overlong forms and
        // surrogates do not matter for this decision.
        ++stats.nonAscii;
        int length = 0;
        if (c >= 0xc2 && c <= 0xdf)
            length = 2;
        else if (c >= 0xe0 && c <= 0xef)
            length = 3;
        else if (c >= 0xf0 && c <= 0xf4)
            length = 4;
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k)
            valid = (data[i + k] & 0xc0) == 0x80;
        if (!valid) {
            // A sequence cut by the end of the sample is not an error of the input.
            if (!(length > 0 && i + length > size))
                ++stats.invalidUtf8;
            ++i;
            continue;
        }
        stats.nonAscii += length - 1;
        i += length;
    }
    return stats;
}

bool looksBinary(const TextStats &stats)
{
    const qint64 textBytes = stats.bytes - stats.nulRunBytes;
    if (textBytes <= 0)
        return stats.bytes > 0;
    // Text logs carry at most the odd stray control byte (a terminal escape, a NUL where a
    // crash cut a line); executables, images and compressed data have one in ten.
    return (stats.controlBytes + stats.strayNuls) * 20 > textBytes;
}

bool looksLikeLogText(QByteArrayView head)
{
    static const std::array<QByteArrayView, 6> anchors = {
        "invoked oom-killer", "Out of memory", "Killed process",
        "oom-kill",           "oom_reaper",    "page allocation failure",
    };
    for (const QByteArrayView anchor : anchors) {
        if (head.contains(anchor))
            return true;
    }
    int lines = 0;
    int prefixed = 0;
    while (!head.isEmpty() && lines < 20) {
        const qsizetype nl = head.indexOf('\n');
        const QByteArrayView line = nl < 0 ? head : head.first(nl);
        head = nl < 0 ? QByteArrayView() : head.sliced(nl + 1);
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        if (hasLogPrefix(line))
            ++prefixed;
    }
    return lines > 0 && prefixed * 2 >= lines;
}

} // namespace oom
