// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/bundle/bundlecollector.h"

#include "sources/bundle/bundlemanifest.h"
#include "sources/bundle/bundlewriter.h"
#include "sources/bundle/collectreader.h"
#include "sources/input/decompressionguard.h"

#include <QDateTime>

#include <cerrno>
#include <cstring>
#include <thread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// linux/ioprio.h is not installed everywhere; the ABI values are stable since 2.6.13.
constexpr int IoprioWhoProcess = 1;
constexpr int IoprioClassIdle = 3;
constexpr int IoprioClassShift = 13;

// nice 19 and the idle I/O class for the calling thread (and the threads it starts later,
// which inherit both): a collection on a busy server yields to everything else.
QString lowerPriority()
{
    QStringList done;
    if (::setpriority(PRIO_PROCESS, 0, 19) == 0)
        done.append(BundleCollector::tr("nice 19"));
    else
        done.append(BundleCollector::tr("nice unchanged (%1)")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
#ifdef SYS_ioprio_set
    if (::syscall(SYS_ioprio_set, IoprioWhoProcess, 0, IoprioClassIdle << IoprioClassShift) == 0)
        done.append(BundleCollector::tr("I/O class idle"));
    else
        done.append(BundleCollector::tr("I/O priority unchanged (%1)")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
#endif
    return done.join(u", "_s);
}

} // namespace

QString BundleCollector::defaultFileName(const QString &host)
{
    QString safeHost = host;
    for (QChar &c : safeHost) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_')
            c = u'_';
    }
    if (safeHost.isEmpty())
        safeHost = u"localhost"_s;
    return u"oomlens-"_s + safeHost + u'-'
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u".tar.zst"_s;
}

CollectResult BundleCollector::collect(int fd, const CollectOptions &options)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    CollectResult result;
    BundleManifest manifest;
    manifest.tool = options.tool;
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.uid = qint64(::getuid());
    manifest.euid = qint64(::geteuid());
    manifest.root = options.rootPath;
    if (options.rootPath == u"/"_s) {
        // A reader cannot tell the page size from the files alone (systemtree.cpp).
        manifest.pageSizeBytes = ::sysconf(_SC_PAGESIZE);
        manifest.clockTicksPerSecond = ::sysconf(_SC_CLK_TCK);
    }
    manifest.limits = options.limits;
    if (options.lowerPriority)
        manifest.priority = lowerPriority(); // before the reader thread starts: it inherits
    if (manifest.euid != 0)
        manifest.notes.append(tr("Collected as a regular user (uid %1): what only root may read "
                                 "is listed under leftOut; run as root for a complete bundle.")
                                  .arg(manifest.euid));

    auto shared = std::make_shared<CollectShared>(options.rootPath, options.limits);
    if (!shared->root.isValid()) {
        result.error =
            tr("cannot read %1: %2").arg(options.rootPath, shared->root.openErrorString());
        return result;
    }
    if (shared->root.isArchive()) {
        result.error = tr("%1 is an archive; collect reads a live system or a root directory")
                           .arg(options.rootPath);
        return result;
    }
    shared->deadline = start + std::chrono::seconds(options.limits.maxSeconds);
    std::thread reader([shared] {
        CollectReader(shared).run();
    });

    BundleWriter writer(manifest.createdAt.toSecsSinceEpoch());
    const Clock::time_point abandonAt =
        shared->deadline + std::chrono::seconds(options.limits.stuckReadGraceSeconds);
    bool abandoned = false;
    CollectItem item;
    for (;;) {
        const CollectQueue::Pop popped = shared->queue.pop(item, abandonAt);
        if (popped == CollectQueue::Pop::Done)
            break;
        if (popped == CollectQueue::Pop::Timeout) {
            // The reader is stuck in a read the kernel does not finish. Everything it read
            // so far is kept; the thread is left to end on its own (it holds `shared`).
            shared->cancel = true;
            shared->queue.wakeAll();
            manifest.stopped = tr("a read did not return within %n second(s) after the time limit",
                                  nullptr, options.limits.stuckReadGraceSeconds);
            manifest.stoppedAt = QString::fromUtf8(shared->currentPath());
            abandoned = true;
            break;
        }
        if (item.isFile) {
            if (!writer.addFile(item.path, item.data)) {
                shared->cancel = true;
                shared->queue.wakeAll();
                result.error = writer.errorString();
                break;
            }
            ++manifest.totalFiles;
            manifest.totalBytes += item.data.size();
            // The identity the MANIFEST states is the one in the bundle.
            if (item.path == "proc/sys/kernel/hostname")
                manifest.host = QString::fromUtf8(item.data.trimmed());
            else if (item.path == "proc/sys/kernel/osrelease")
                manifest.kernel = QString::fromUtf8(item.data.trimmed());
        }
        if (item.record)
            item.record(manifest);
        item = CollectItem();
    }
    if (abandoned)
        reader.detach();
    else
        reader.join();
    if (!result.error.isEmpty())
        return result;

    manifest.durationMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    const QByteArray json = manifest.toJson();
    if (!writer.finish(json, fd)) {
        result.error = writer.errorString();
        return result;
    }
    result.ok = true;
    result.files = int(manifest.totalFiles) + 1;
    result.contentBytes = manifest.totalBytes + json.size();
    result.durationMs = manifest.durationMs;
    result.manifest = json;
    for (const auto &[path, reason] : std::as_const(manifest.leftOut))
        result.leftOut.append(path + u": "_s + reason);
    for (const BundleManifest::File &f : std::as_const(manifest.files)) {
        if (!f.truncated.isEmpty())
            result.truncated.append(f.path + u": "_s + f.truncated);
    }
    for (const auto *section : {&manifest.cgroupTree, &manifest.processTable}) {
        if (!section->leftOut.isEmpty())
            result.leftOut.append(
                (section == &manifest.cgroupTree ? tr("cgroup tree") : tr("process table"))
                + u": "_s + section->leftOut);
    }
    if (!manifest.stopped.isEmpty())
        result.stopped = manifest.stopped + u" ("_s + manifest.stoppedAt + u')';
    return result;
}

} // namespace oom
