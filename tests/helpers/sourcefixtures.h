// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Fixture builders for the input tests (tst_decompressstream, tst_archivereader,
// tst_analyzer, ...): files are made at test time in a QTemporaryDir with the real tools
// (gzip, xz, zstd, bzip2, lz4, tar, zip, iconv), so every test sees what those tools write
// today. A missing tool makes the test QSKIP with the command that installs it.

#include "sources/input/bytestream.h"
#include "sources/input/linesink.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <cstring>
#include <sys/sysmacros.h>

namespace oom::fixtures {

using namespace Qt::StringLiterals;

// The one kill line the engine recognises on its own (header-suppressed kernel event).
inline QByteArray oomKillLine(int pid = 123, const char *comm = "foo",
                              const char *uptime = "1.000000")
{
    return QByteArray("[") + QByteArray(uptime).rightJustified(12, ' ')
        + "] Out of memory: Killed process " + QByteArray::number(pid) + " (" + comm
        + ") total-vm:1000kB, anon-rss:500kB, file-rss:0kB, shmem-rss:0kB";
}

// Ordinary kernel lines around it.
inline QByteArray fillerLines(int count, int seed = 0)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        text += "[    0." + QByteArray::number(100000 + (i + seed) % 800000)
            + "] e1000e 0000:00:19.0 eth0: " + "link state " + QByteArray::number(i + seed)
            + " unchanged\n";
    }
    return text;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Install hints for the tools the fixtures use (Debian/Ubuntu package names).
inline QString installHint(const QString &tool)
{
    static const QList<std::pair<QString, QString>> packages = {
        {u"gzip"_s, u"gzip"_s},
        {u"xz"_s, u"xz-utils"_s},
        {u"zstd"_s, u"zstd"_s},
        {u"bzip2"_s, u"bzip2"_s},
        {u"lz4"_s, u"lz4"_s},
        {u"tar"_s, u"tar"_s},
        {u"zip"_s, u"zip"_s},
        {u"iconv"_s, u"libc-bin"_s},
        {u"systemd-journal-remote"_s, u"systemd-journal-remote"_s},
    };
    for (const auto &[name, package] : packages) {
        if (name == tool)
            return u"apt-get install "_s + package;
    }
    return u"install "_s + tool;
}

inline QString findTool(const QString &tool)
{
    QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(tool, {u"/lib/systemd"_s, u"/usr/lib/systemd"_s});
    return path;
}

// QSKIPs the calling test when the tool is missing.
#define OOMLENS_REQUIRE_TOOL(tool)                                                                 \
    do {                                                                                           \
        if (oom::fixtures::findTool(tool).isEmpty())                                               \
            QSKIP(qPrintable(u"needs "_s + tool + u"; enable with: "_s                             \
                             + oom::fixtures::installHint(tool)));                                 \
    } while (false)

// Runs a tool with stdin from `input` and returns its stdout; fails the test on a non-zero
// exit.
inline QByteArray runTool(const QString &tool, const QStringList &args,
                          const QByteArray &input = {}, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(findTool(tool), args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

// A tar (or zip) written with libarchive's writer: members with any path and type,
// including the ones no archiving tool would produce on purpose ("../evil", "/etc/x",
// links, devices).
struct MemberSpec {
    QByteArray path;
    QByteArray data;
    unsigned type = AE_IFREG;
    QByteArray linkTarget; // symlink target, or hardlink source
    bool hardlink = false;

    static MemberSpec file(QByteArray path, QByteArray data)
    {
        return {std::move(path), std::move(data), AE_IFREG, {}, false};
    }
    static MemberSpec special(QByteArray path, unsigned type)
    {
        return {std::move(path), {}, type, {}, false};
    }
    static MemberSpec symlink(QByteArray path, QByteArray target)
    {
        return {std::move(path), {}, AE_IFLNK, std::move(target), false};
    }
    static MemberSpec hardlinkTo(QByteArray path, QByteArray target)
    {
        return {std::move(path), {}, AE_IFREG, std::move(target), true};
    }
};

inline QByteArray writeArchive(const QList<MemberSpec> &members, bool zip = false)
{
    struct archive *a = archive_write_new();
    if (zip)
        archive_write_set_format_zip(a);
    else
        archive_write_set_format_pax_restricted(a);
    QByteArray out(qsizetype(members.size()) * 1024 + 1024 * 1024, '\0');
    for (const MemberSpec &m : members)
        out.resize(out.size() + m.data.size() + 1024);
    size_t used = 0;
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const MemberSpec &m : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.path.constData());
        archive_entry_set_filetype(e, m.type);
        archive_entry_set_perm(e, m.type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_mtime(e, 1704164645, 0);
        if (m.type == AE_IFLNK)
            archive_entry_set_symlink(e, m.linkTarget.constData());
        if (m.hardlink)
            archive_entry_set_hardlink(e, m.linkTarget.constData());
        if (m.type == AE_IFCHR)
            archive_entry_set_rdev(e, makedev(1, 3));
        const bool hasData = m.type == AE_IFREG && !m.hardlink;
        archive_entry_set_size(e, hasData ? la_int64_t(m.data.size()) : 0);
        archive_write_header(a, e);
        if (hasData && !m.data.isEmpty())
            archive_write_data(a, m.data.constData(), size_t(m.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

// A ByteStream over memory, handing out at most `step` bytes a read (1 makes every
// boundary case happen).
class MemoryStream : public ByteStream
{
public:
    explicit MemoryStream(QByteArray data, qint64 step = 1 << 20)
        : m_data(std::move(data))
        , m_step(step)
    {
    }
    qint64 read(char *buffer, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_step), qint64(m_data.size()) - m_pos);
        std::memcpy(buffer, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    QString errorString() const override { return {}; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

inline QByteArray readAll(ByteStream &stream, QString *error = nullptr, qint64 chunk = 65536)
{
    QByteArray all;
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = stream.read(buffer.data(), chunk);
        if (n < 0) {
            if (error)
                *error = stream.errorString();
            break;
        }
        if (n == 0)
            break;
        all.append(buffer.constData(), n);
    }
    return all;
}

// Records what a reader fed, for line-level assertions.
class RecordingConsumer : public LineSink
{
public:
    struct Line {
        QByteArray text; // "<gap>" for a gap
        qint64 number = 0;
    };
    void addLine(QByteArrayView line, qint64 lineNumber) override
    {
        lines.append({line.toByteArray(), lineNumber});
    }
    void addGap() override { lines.append({"<gap>", 0}); }
    QList<Line> lines;
};

} // namespace oom::fixtures
