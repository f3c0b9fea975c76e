// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "helper/fileops.h"

#include "remedy/validators.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom::helper {

namespace {

QString errnoText(const QString &path, int error)
{
    return path + u": "_s + QString::fromLocal8Bit(std::strerror(error));
}

// Closes a descriptor at scope exit.
struct Fd {
    int fd = -1;
    explicit Fd(int f)
        : fd(f)
    {
    }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int release()
    {
        const int f = fd;
        fd = -1;
        return f;
    }
};

std::optional<QByteArray> readAll(int fd)
{
    QByteArray data;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            return data;
        data.append(buffer, n);
        if (data.size() > 1024 * 1024) // no file we edit is that large
            return std::nullopt;
    }
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

FileOps::FileOps(QString root)
    : m_root(std::move(root))
{
    while (m_root.size() > 1 && m_root.endsWith(u'/'))
        m_root.chop(1);
}

QString FileOps::absolute(const QString &relative) const
{
    return (m_root == u"/" ? QString() : m_root) + u'/' + relative;
}

std::optional<QByteArray> FileOps::read(const QString &relative) const
{
    Fd fd(::open(QFile::encodeName(absolute(relative)).constData(),
                 O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0)
        return std::nullopt;
    return readAll(fd.fd);
}

FileResult FileOps::writeValue(const QString &relative, const QByteArray &value) const
{
    const QString path = absolute(relative);
    // O_TRUNC as a shell's ">" does: kernel files ignore it, plain files (a test root) need it.
    Fd fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0 || !writeAll(fd.fd, value))
        return {false, errnoText(path, errno)};
    return {true, {}};
}

FileResult FileOps::replaceFile(const QString &relative, const QByteArray &content,
                                unsigned mode) const
{
    const QString path = absolute(relative);
    const QString directory = path.section(u'/', 0, -2);
    const QString name = path.section(u'/', -1);
    const QByteArray temporary = QFile::encodeName(directory + u"/."_s + name + u".oomlens-new"_s);
    // Keep what was there (once per edit) so an admin can compare or restore by hand.
    if (const std::optional<QByteArray> previous = read(relative)) {
        const QByteArray backup = QFile::encodeName(path + u".oomlens-backup"_s);
        ::unlink(backup.constData());
        Fd out(
            ::open(backup.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (out.fd < 0 || !writeAll(out.fd, *previous) || ::fsync(out.fd) != 0)
            return {false, errnoText(path + u".oomlens-backup"_s, errno)};
    }
    ::unlink(temporary.constData()); // a leftover of a crash
    {
        Fd out(::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                      mode));
        if (out.fd < 0)
            return {false, errnoText(QFile::decodeName(temporary), errno)};
        if (::fchmod(out.fd, mode) != 0 || !writeAll(out.fd, content) || ::fsync(out.fd) != 0) {
            const int error = errno;
            ::unlink(temporary.constData());
            return {false, errnoText(QFile::decodeName(temporary), error)};
        }
    }
    if (::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return {false, errnoText(path, error)};
    }
    Fd dir(::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.fd >= 0)
        ::fsync(dir.fd);
    return {true, {}};
}

FileResult FileOps::removeFile(const QString &relative) const
{
    const QString path = absolute(relative);
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return {false, errnoText(path, errno)};
    return {true, {}};
}

FileResult FileOps::makeDirectory(const QString &relative, unsigned mode) const
{
    const QString path = absolute(relative);
    if (::mkdir(QFile::encodeName(path).constData(), mode) != 0 && errno != EEXIST)
        return {false, errnoText(path, errno)};
    struct stat st { };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return {false, errnoText(path, ENOTDIR)};
    return {true, {}};
}

int FileOps::openCgroupDirectory(const QString &hierarchy, const QStringList &components,
                                 QString *error) const
{
    const QString base = absolute(hierarchy);
    Fd fd(::open(QFile::encodeName(base).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (fd.fd < 0) {
        *error = errnoText(base, errno);
        return -1;
    }
    QString walked = base;
    for (const QString &component : components) {
        walked += u'/' + component;
        if (component.isEmpty() || component == u"." || component == u".."
            || component.contains(u'/')) {
            *error = errnoText(walked, EINVAL);
            return -1;
        }
        const int next = ::openat(fd.fd, QFile::encodeName(component).constData(),
                                  O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) {
            // ELOOP/ENOTDIR: a symlink where a cgroup directory was expected.
            *error = errnoText(walked, errno);
            return -1;
        }
        ::close(fd.fd);
        fd.fd = next;
    }
    return fd.release();
}

std::optional<QByteArray> FileOps::readCgroupFile(const QString &hierarchy,
                                                  const QStringList &components,
                                                  const QString &file, QString *error) const
{
    Fd dir(openCgroupDirectory(hierarchy, components, error));
    if (dir.fd < 0)
        return std::nullopt;
    Fd fd(::openat(dir.fd, QFile::encodeName(file).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0) {
        *error = errnoText(file, errno);
        return std::nullopt;
    }
    return readAll(fd.fd);
}

FileResult FileOps::writeCgroupFile(const QString &hierarchy, const QStringList &components,
                                    const QString &file, const QByteArray &value) const
{
    QString error;
    Fd dir(openCgroupDirectory(hierarchy, components, &error));
    if (dir.fd < 0)
        return {false, error};
    Fd fd(::openat(dir.fd, QFile::encodeName(file).constData(),
                   O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC));
    // An empty value ("the parent's" for cpuset.mems) is written as a newline: a write of
    // zero bytes never reaches the cgroup's handler.
    if (fd.fd < 0 || !writeAll(fd.fd, value.isEmpty() ? QByteArray("\n") : value))
        return {false, errnoText(file, errno)};
    return {true, {}};
}

int FileOps::openProcessDirectory(qint64 pid, qint64 startTimeTicks, QString *error) const
{
    const QString path = absolute(u"proc/"_s + QString::number(pid));
    Fd dir(::open(QFile::encodeName(path).constData(),
                  O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (dir.fd < 0) {
        *error = errnoText(path, errno);
        return -1;
    }
    // The start time through the same directory fd: if the pid was reused, the fd is the
    // new process's and its start time differs.
    Fd stat(::openat(dir.fd, "stat", O_RDONLY | O_CLOEXEC));
    const std::optional<QByteArray> text = stat.fd >= 0 ? readAll(stat.fd) : std::nullopt;
    const std::optional<qint64> started =
        text ? remedy::Validators::startTimeFromStat(*text) : std::nullopt;
    if (!started || *started != startTimeTicks) {
        *error = QStringLiteral("process %1 is not the one chosen (it exited and its id was "
                                "reused)")
                .arg(pid);
        return -1;
    }
    return dir.release();
}

std::optional<QByteArray> FileOps::readProcessFile(qint64 pid, qint64 startTimeTicks,
                                                   const QString &file, QString *error) const
{
    Fd dir(openProcessDirectory(pid, startTimeTicks, error));
    if (dir.fd < 0)
        return std::nullopt;
    Fd fd(::openat(dir.fd, QFile::encodeName(file).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0) {
        *error = errnoText(file, errno);
        return std::nullopt;
    }
    return readAll(fd.fd);
}

FileResult FileOps::writeProcessFile(qint64 pid, qint64 startTimeTicks, const QString &file,
                                     const QByteArray &value) const
{
    QString error;
    Fd dir(openProcessDirectory(pid, startTimeTicks, &error));
    if (dir.fd < 0)
        return {false, error};
    Fd fd(::openat(dir.fd, QFile::encodeName(file).constData(),
                   O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC));
    if (fd.fd < 0 || !writeAll(fd.fd, value))
        return {false, errnoText(file, errno)};
    return {true, {}};
}

std::optional<QString> OwnedLines::find(const QByteArray &content, const QString &key)
{
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines.at(i) == marker(key))
            return lines.at(i + 1);
    return std::nullopt;
}

QByteArray OwnedLines::set(const QByteArray &content, const QString &key,
                           const std::optional<QString> &line)
{
    QStringList lines = QString::fromUtf8(content).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i) != marker(key))
            continue;
        const bool hasOwnedLine = i + 1 < lines.size();
        if (line) {
            if (hasOwnedLine)
                lines[i + 1] = *line;
            else
                lines.append(*line);
        } else {
            lines.remove(i, hasOwnedLine ? 2 : 1);
        }
        return (lines.join(u'\n') + (lines.isEmpty() ? QString() : u"\n"_s)).toUtf8();
    }
    if (line) {
        lines.append(marker(key));
        lines.append(*line);
    }
    return (lines.join(u'\n') + (lines.isEmpty() ? QString() : u"\n"_s)).toUtf8();
}

} // namespace oom::helper
