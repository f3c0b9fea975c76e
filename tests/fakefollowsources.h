// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Fakes for the kernel log follower's sources (tst_followsources, tst_kernellogfollower).
// Fakes, because the real sources cannot be made to behave as a test needs: /dev/kmsg never
// refuses root (kernel.dmesg_restrict does not apply to CAP_SYSLOG), this machine has no
// journald and no syslog files, and a real OOM cannot be split into bursts at will.

#include "sources/follow/followsources.h"
#include "sources/follow/kmsgrecord.h"
#include "sources/input/linesink.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <cerrno>
#include <functional>
#include <map>
#include <stop_token>

namespace oomtest {

// A log that returns scripted bursts, one per readAvailable(). In kmsg mode each entry is
// one read() of /dev/kmsg and goes through the real KmsgLineAssembler; otherwise each is one
// text line. When the script is done the log fails with `failErrno`, or requests `stop`.
class FakeLog : public oom::FollowedLog
{
public:
    FakeLog(QString path, QList<QList<QByteArray>> bursts, bool kmsg, QStringList *trace)
        : m_path(std::move(path))
        , m_bursts(std::move(bursts))
        , m_kmsg(kmsg)
        , m_trace(trace)
    {
    }

    int failErrno = 0; // fail once the bursts are done (0: do not fail)
    int failImmediately = 0; // fail on the first read with this errno
    std::stop_source *stopWhenDone = nullptr;
    bool blockWhenDone = false; // wait forever (for a stop request) once done

    QString displayPath() const override { return m_path; }

    oom::FollowRead readAvailable(oom::LineSink &sink) override
    {
        oom::FollowRead result;
        if (failImmediately || (m_next >= m_bursts.size() && failErrno)) {
            result.failed = true;
            result.errnum = failImmediately ? failImmediately : failErrno;
            result.error = result.errnum == EPERM ? QStringLiteral("permission denied")
                                                  : QStringLiteral("input/output error");
            return result;
        }
        if (m_next >= m_bursts.size()) {
            if (stopWhenDone)
                stopWhenDone->request_stop();
            return result;
        }
        for (const QByteArray &entry : m_bursts.at(m_next)) {
            if (!m_kmsg) {
                sink.addLine(entry, ++m_lines);
                continue;
            }
            if (const auto record = oom::parseKmsgRecord(entry))
                m_assembler.add(*record, sink);
        }
        m_assembler.flush(sink);
        ++m_next;
        if (m_trace)
            m_trace->append(QStringLiteral("read %1 %2").arg(m_path).arg(m_next));
        return result;
    }

    oom::PollRequest pollRequest() override
    {
        // Timeout 0 while bursts remain: the follower reads the next one at once.
        if (m_next < m_bursts.size() || !blockWhenDone)
            return {-1, POLLIN, 0};
        return {-1, POLLIN, -1};
    }

private:
    QString m_path;
    QList<QList<QByteArray>> m_bursts;
    bool m_kmsg;
    QStringList *m_trace;
    qsizetype m_next = 0;
    qint64 m_lines = 0;
    oom::KmsgLineAssembler m_assembler;
};

// Sources as a test describes them: each is a factory returning a log or an error, and
// every call is recorded ("kmsg history=0", "journal kernel=1 history=0", "file PATH").
class FakeSources : public oom::FollowSourceProvider
{
public:
    using Factory = std::function<oom::OpenedLog()>;

    static Factory refuse(int errnum, const QString &error)
    {
        return [errnum, error] {
            oom::OpenedLog opened;
            opened.errnum = errnum;
            opened.error = error;
            return opened;
        };
    }
    static Factory log(std::function<std::unique_ptr<oom::FollowedLog>()> make)
    {
        return [make] {
            oom::OpenedLog opened;
            opened.log = make();
            return opened;
        };
    }
    static Factory empty(const QString &path)
    {
        return log([path] {
            return std::make_unique<FakeLog>(path, QList<QList<QByteArray>>{}, false, nullptr);
        });
    }

    Factory kmsg = refuse(ENOENT, QStringLiteral("no such file or directory"));
    Factory journalKernel =
        refuse(0, QStringLiteral("there are no journal files (systemd-journald is not running)"));
    Factory journalKillers =
        refuse(0, QStringLiteral("there are no journal files (systemd-journald is not running)"));
    std::map<QString, Factory> files;
    QStringList fileOrder = {QStringLiteral("/var/log/kern.log"),
                                            QStringLiteral("/var/log/messages")};
    std::optional<int> dmesgRestrictValue;
    QStringList calls;

    oom::OpenedLog openKmsg(bool history) override
    {
        calls.append(QStringLiteral("kmsg history=%1").arg(int(history)));
        return kmsg();
    }
    oom::OpenedLog openJournal(bool kernel, bool history) override
    {
        calls.append(
            QStringLiteral("journal kernel=%1 history=%2").arg(int(kernel)).arg(int(history)));
        return kernel ? journalKernel() : journalKillers();
    }
    oom::OpenedLog openLogFile(const QString &path, bool history) override
    {
        calls.append(QStringLiteral("file %1 history=%2").arg(path).arg(int(history)));
        const auto it = files.find(path);
        return it != files.end() ? it->second()
                                 : refuse(ENOENT, QStringLiteral("no such file or directory"))();
    }
    QStringList logFiles() const override { return fileOrder; }
    std::optional<int> dmesgRestrict() const override { return dmesgRestrictValue; }
};

} // namespace oomtest
