// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "collectcommand.h"

#include "sources/bundle/bundlecollector.h"
#include "sources/input/decompressionguard.h"
#include "subcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom::cli {

namespace {

bool parsePositive(const QString &text, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0 || v > max)
        return false;
    *value = v;
    return true;
}

} // namespace

int runCollect(const QStringList &arguments)
{
    const QString name = u"collect"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Gathers what OOM Lens needs from this system — /proc and /sys memory files, the "
                "cgroup tree, the process table, the kernel log and the OOM-related journal "
                "entries — into one .tar.zst bundle to analyse elsewhere (\"oomlens-cli analyze "
                "BUNDLE\", or drop it onto OOM Lens). Bounded in size and time, at the lowest "
                "CPU and I/O priority; see COLLECT.md for what is and is not included."));
    parser.addOption(Cli::helpOption());
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        Cli::tr("Where to write the bundle (\"-\": standard output). Default: "
                "oomlens-<host>-<date>.tar.zst in the current directory."),
        Cli::tr("file"));
    parser.addOption(output);
    const QCommandLineOption timeLimit(
        u"time-limit"_s, Cli::tr("Stop reading after this many seconds (default 30)."),
        Cli::tr("seconds"));
    parser.addOption(timeLimit);
    const QCommandLineOption sizeLimit(
        u"size-limit"_s, Cli::tr("At most this many MiB before compression (default 64)."),
        Cli::tr("MiB"));
    parser.addOption(sizeLimit);
    const QCommandLineOption root(
        u"root"_s,
        Cli::tr("Collect from this root directory (a mounted image, a test fixture) instead of "
                "the live system; no kernel log or journal then."),
        Cli::tr("dir"));
    parser.addOption(root);

    const QString usage = Cli::helpText(parser, name);
    if (const std::optional<int> done =
            Cli::parseArguments(parser, arguments, usage, Cli::Positional::None))
        return *done;

    CollectOptions options;
    options.tool = Cli::generator();
    if (parser.isSet(timeLimit)) {
        qint64 seconds = 0;
        if (!parsePositive(parser.value(timeLimit), 3600, &seconds))
            return Cli::usageError(Cli::tr("--time-limit: a number of seconds from 1 to 3600"),
                                   usage);
        options.limits.maxSeconds = int(seconds);
    }
    if (parser.isSet(sizeLimit)) {
        qint64 mib = 0;
        if (!parsePositive(parser.value(sizeLimit), 4096, &mib))
            return Cli::usageError(Cli::tr("--size-limit: a number of MiB from 1 to 4096"), usage);
        options.limits.maxTotalBytes = mib * 1024 * 1024;
    }
    if (parser.isSet(root))
        options.rootPath = parser.value(root);

    // Opened before the collection, so a directory that cannot be written to fails at once.
    // 0600: the bundle holds every process's command line.
    QString path = parser.value(output);
    if (path.isEmpty())
        path = BundleCollector::defaultFileName(QSysInfo::machineHostName());
    const bool toStdout = path == u"-"_s;
    const QByteArray native = QFile::encodeName(path);
    const int fd = toStdout
        ? STDOUT_FILENO
        : ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        Cli::printError(path, QString::fromLocal8Bit(std::strerror(errno)));
        return ExitInputError;
    }

    const CollectResult result = BundleCollector::collect(fd, options);
    qint64 written = 0;
    if (!toStdout) {
        struct stat st = {};
        if (::fstat(fd, &st) == 0)
            written = st.st_size;
        ::close(fd);
    }
    if (!result.ok) {
        if (!toStdout)
            ::unlink(native.constData());
        Cli::printError(path, result.error);
        return ExitInputError;
    }
    for (const QString &line : result.leftOut)
        Cli::printNotice(Cli::tr("left out: %1").arg(line));
    for (const QString &line : result.truncated)
        Cli::printNotice(Cli::tr("cut short: %1").arg(line));
    if (!result.stopped.isEmpty())
        Cli::printNotice(Cli::tr("stopped early: %1").arg(result.stopped));
    const QString size = toStdout ? QString() : u", "_s + DecompressionGuard::formatBytes(written);
    Cli::printNotice(Cli::tr("wrote %1: %2 files, %3 before compression%4, in %5 s")
                         .arg(toStdout ? Cli::tr("the bundle to standard output") : path)
                         .arg(result.files)
                         .arg(DecompressionGuard::formatBytes(result.contentBytes), size)
                         .arg(double(result.durationMs) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

} // namespace oom::cli
