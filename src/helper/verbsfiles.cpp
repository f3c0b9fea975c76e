// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The verbs that edit configuration files and create swap: separate from verbs.cpp
// because they own files (atomic replace, owned lines, swap files) rather than values.
#include "helper/verbs.h"

#include "remedy/validators.h"

#include <QDBusMessage>
#include <QFile>
#include <QJsonObject>
#include <QProcess>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/swap.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using oom::remedy::Validators;

namespace oom::helper {

namespace {

VerbResult failure(const QString &error)
{
    VerbResult result;
    result.error = error;
    return result;
}

QString errnoText(const QString &what)
{
    return what + u": "_s + QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

VerbResult Verbs::setOwnedLine(const QString &relative, const QString &key,
                               const std::optional<QString> &line) const
{
    const QByteArray before = m_files.read(relative).value_or(QByteArray());
    const std::optional<QString> previous = OwnedLines::find(before, key);
    VerbResult result;
    result.ok = true;
    result.changed = previous != line;
    if (!result.changed)
        return result;
    const FileResult written = m_files.replaceFile(relative, OwnedLines::set(before, key, line));
    if (!written.ok)
        return failure(written.error);
    QJsonObject op{{u"op"_s, u"owned-line"_s}, {u"path"_s, relative}, {u"key"_s, key}};
    op.insert(u"previous"_s, previous ? QJsonValue(*previous) : QJsonValue(QJsonValue::Null));
    result.rollback.append(op);
    return result;
}

bool Verbs::reloadSystemd(QString *error) const
{
    // systemctl daemon-reload, over D-Bus: no process, no shell.
    const QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.systemd1"_s, u"/org/freedesktop/systemd1"_s,
        u"org.freedesktop.systemd1.Manager"_s, u"Reload"_s);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, 60 * 1000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *error = reply.errorMessage();
        return false;
    }
    return true;
}

VerbResult Verbs::writeUnitDropIn(const QString &unit, const QString &setting,
                                  const QString &value) const
{
    const QString directory = u"etc/systemd/system/"_s + unit + u".d"_s;
    const QString relative = directory + u"/50-oomlens-"_s + setting.toLower() + u".conf"_s;
    const FileResult made = m_files.makeDirectory(directory, 0755);
    if (!made.ok)
        return failure(made.error);
    const std::optional<QByteArray> previous = m_files.read(relative);
    const QByteArray content = "# Written by OOM Lens (oomlens-helper); undo it there.\n[Service]\n"
        + setting.toUtf8() + '=' + value.toUtf8() + '\n';
    VerbResult result;
    result.ok = true;
    result.summary = unit + u' ' + setting + u'=' + value;
    result.changed = previous != content;
    if (!result.changed)
        return result;
    const FileResult written = m_files.replaceFile(relative, content);
    if (!written.ok)
        return failure(written.error);
    QJsonObject op{{u"op"_s, u"file"_s}, {u"path"_s, relative}};
    op.insert(u"previous"_s,
              previous ? QJsonValue(QString::fromUtf8(*previous)) : QJsonValue(QJsonValue::Null));
    // Undo restores the file, then reloads (rollback runs last to first).
    result.rollback.append(QJsonObject{{u"op"_s, u"reload"_s}});
    result.rollback.append(op);
    QString error;
    if (!reloadSystemd(&error))
        result.summary += u" (systemd not reloaded: "_s + error + u')';
    return result;
}

#ifdef OOMLENS_HELPER_TEST_ROOT
bool Verbs::recordSwapCall(const QByteArray &line, QString *error) const
{
    FileResult done = m_files.makeDirectory(u"run"_s, 0755);
    if (done.ok)
        done = m_files.replaceFile(u"run/swapon.log"_s,
                                   m_files.read(u"run/swapon.log"_s).value_or(QByteArray()) + line
                                       + '\n');
    if (!done.ok)
        *error = done.error;
    return done.ok;
}
#endif

bool Verbs::swapOn(const QString &path, int priority, QString *error) const
{
#ifdef OOMLENS_HELPER_TEST_ROOT
    // The test build never enables swap on the machine running the tests: it records the
    // call beneath its temporary root instead, and the tests read that record.
    return recordSwapCall("swapon " + QFile::encodeName(path) + ' ' + QByteArray::number(priority),
                          error);
#else
    int flags = 0;
    if (priority >= 0)
        flags = SWAP_FLAG_PREFER | ((priority << SWAP_FLAG_PRIO_SHIFT) & SWAP_FLAG_PRIO_MASK);
    if (::swapon(QFile::encodeName(m_files.absolute(path)).constData(), flags) != 0) {
        *error = errnoText(u"swapon "_s + path);
        return false;
    }
    return true;
#endif
}

bool Verbs::swapOff(const QString &path, QString *error) const
{
#ifdef OOMLENS_HELPER_TEST_ROOT
    return recordSwapCall("swapoff " + QFile::encodeName(path), error);
#else
    if (::swapoff(QFile::encodeName(m_files.absolute(path)).constData()) != 0 && errno != EINVAL) {
        *error = errnoText(u"swapoff "_s + path);
        return false;
    }
    return true;
#endif
}

VerbResult Verbs::createSwapFile(const QString &mountPoint, qint64 sizeBytes, int priority,
                                 bool persistent) const
{
    const QString relative = Validators::swapFilePath(mountPoint).mid(1);
    const QString absolute = m_files.absolute(relative);
    const QByteArray name = QFile::encodeName(absolute);
    const int fd =
        ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failure(errnoText(absolute));
    auto discard = [&] {
        ::unlink(name.constData());
    };
    if (filesystemOf(mountPoint) == u"btrfs") {
        // btrfs swap files must not be copy-on-write; the flag only sticks on an empty file.
        int flags = 0;
        if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
            flags |= FS_NOCOW_FL;
            ::ioctl(fd, FS_IOC_SETFLAGS, &flags);
        }
    }
    if (::fallocate(fd, 0, 0, sizeBytes) != 0 || ::fsync(fd) != 0) {
        const QString error = errnoText(u"fallocate "_s + absolute);
        ::close(fd);
        discard();
        return failure(error);
    }
    ::close(fd);
    // mkswap has no library; a fixed absolute path, a fixed argv, an empty environment.
    QString mkswap;
    for (const QString &candidate : {u"/usr/sbin/mkswap"_s, u"/sbin/mkswap"_s})
        if (QFile::exists(candidate)) {
            mkswap = candidate;
            break;
        }
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!mkswap.isEmpty())
        process.start(mkswap, {absolute});
    if (mkswap.isEmpty() || !process.waitForFinished(120 * 1000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        discard();
        return failure(u"mkswap "_s + absolute + u": "_s
                       + (mkswap.isEmpty() ? u"not installed"_s
                                           : QString::fromLocal8Bit(process.readAll()).trimmed()));
    }
    QString error;
    if (!swapOn(relative, priority, &error)) {
        discard();
        return failure(error);
    }
    VerbResult result;
    result.ok = true;
    result.summary = u"swap file /"_s + relative + u' ' + QString::number(sizeBytes) + u" bytes"_s;
    result.rollback.append(QJsonObject{{u"op"_s, u"swap"_s}, {u"path"_s, relative}});
    if (persistent) {
        const QString line = u'/' + relative + u" none swap "_s
            + (priority >= 0 ? u"sw,pri="_s + QString::number(priority) : u"sw"_s) + u" 0 0"_s;
        const VerbResult fstab = setOwnedLine(u"etc/fstab"_s, u"swap /"_s + relative, line);
        if (!fstab.ok) {
            undo(result.rollback);
            return fstab;
        }
        for (const QJsonValue &op : fstab.rollback)
            result.rollback.append(op);
    }
    return result;
}

} // namespace oom::helper
