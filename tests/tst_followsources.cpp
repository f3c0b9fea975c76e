// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Which kernel log the follower reads, and the sentence that says why. The sources are
// fakes (fakefollowsources.h): as root the real /dev/kmsg cannot be made to refuse us, and
// this machine has neither journald nor syslog files to fall back to. Each row is a system
// the follower meets in the field.

#include "fakefollowsources.h"
#include "sources/follow/followsources.h"

#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;
using namespace oom;
using oomtest::FakeSources;

namespace {

const QString NoJournal = u"there are no journal files (systemd-journald is not running)"_s;
const QString NoKernelInJournal =
    u"the journal shows this user no kernel messages of this boot "
    "(members of the systemd-journal or adm group see them)"_s;

} // namespace

class TestFollowSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select_data();
    void select();
    void passesHistoryOn();
    void startsAfterAFailedKind();
};

void TestFollowSources::select_data()
{
    QTest::addColumn<int>("kmsgErrno"); // 0: /dev/kmsg opens
    QTest::addColumn<int>("dmesgRestrict"); // -1: unknown
    QTest::addColumn<bool>("journalKillers");
    QTest::addColumn<QString>("journalKernelError"); // empty: the journal shows kernel messages
    QTest::addColumn<int>("kernLogErrno"); // 0: /var/log/kern.log opens
    QTest::addColumn<int>("messagesErrno"); // 0: /var/log/messages opens
    QTest::addColumn<int>("kind"); // -1: nothing
    QTest::addColumn<bool>("killers");
    QTest::addColumn<QString>("description");

    const int kmsg = int(FollowSourceKind::Kmsg);
    const int journal = int(FollowSourceKind::Journal);
    const int file = int(FollowSourceKind::LogFile);

    QTest::newRow("root-on-a-systemd-host")
        << 0 << 0 << true << QString() << ENOENT << ENOENT << kmsg << true
        << u"following /dev/kmsg (the kernel's ring buffer) and the journal for userspace OOM "
           "killers"_s;
    QTest::newRow("root-without-journald") // this machine
        << 0 << 1 << false << NoJournal << ENOENT << ENOENT << kmsg << false
        << u"following /dev/kmsg (the kernel's ring buffer), without userspace OOM killers: "_s
            + NoJournal;
    QTest::newRow("user-in-adm-group-with-dmesg-restrict") // Debian 12's default
        << EPERM << 1 << true << QString() << ENOENT << ENOENT << journal << false
        << u"/dev/kmsg: permission denied (kernel.dmesg_restrict=1), following the journal"_s;
    QTest::newRow("user-outside-journal-groups-debian")
        << EPERM << 1 << true << NoKernelInJournal << EACCES << ENOENT << -1 << false
        << u"no kernel log can be followed: /dev/kmsg: permission denied "
           "(kernel.dmesg_restrict=1); "_s
               + NoKernelInJournal
               + u"; /var/log/kern.log: permission denied; /var/log/messages: no such file or "
                 "directory"_s;
    QTest::newRow("user-in-adm-group-rsyslog-only")
        << EPERM << 1 << false << NoJournal << 0 << ENOENT << file << false
        << u"/dev/kmsg: permission denied (kernel.dmesg_restrict=1); "_s + NoJournal
            + u", following /var/log/kern.log"_s;
    QTest::newRow("rhel-style-messages")
        << EPERM << 1 << false << NoJournal << ENOENT << 0 << file << false
        << u"/dev/kmsg: permission denied (kernel.dmesg_restrict=1); "_s + NoJournal
            + u"; /var/log/kern.log: no such file or directory, following /var/log/messages"_s;
    QTest::newRow("container-without-kmsg")
        << ENOENT << -1 << true << QString() << ENOENT << ENOENT << journal << false
        << u"/dev/kmsg: no such file or directory, following the journal"_s;
    QTest::newRow("dmesg-restrict-unknown")
        << EACCES << -1 << true << QString() << ENOENT << ENOENT << journal << false
        << u"/dev/kmsg: permission denied, following the journal"_s;
}

void TestFollowSources::select()
{
    QFETCH(int, kmsgErrno);
    QFETCH(int, dmesgRestrict);
    QFETCH(bool, journalKillers);
    QFETCH(QString, journalKernelError);
    QFETCH(int, kernLogErrno);
    QFETCH(int, messagesErrno);

    FakeSources sources;
    sources.kmsg =
        kmsgErrno ? FakeSources::refuse(kmsgErrno, {}) : FakeSources::empty(u"/dev/kmsg"_s);
    if (dmesgRestrict >= 0)
        sources.dmesgRestrictValue = dmesgRestrict;
    sources.journalKillers =
        journalKillers ? FakeSources::empty(u"journal"_s) : FakeSources::refuse(0, NoJournal);
    sources.journalKernel = journalKernelError.isEmpty()
        ? FakeSources::empty(u"journal"_s)
        : FakeSources::refuse(0, journalKernelError);
    // SystemFollowSources describes a refused file with describeIoError(); so does the fake.
    auto fileFactory = [](int errnum, const QString &path) {
        if (!errnum)
            return FakeSources::empty(path);
        return FakeSources::refuse(
            errnum, errnum == ENOENT ? u"no such file or directory"_s : u"permission denied"_s);
    };
    sources.files[u"/var/log/kern.log"_s] = fileFactory(kernLogErrno, u"/var/log/kern.log"_s);
    sources.files[u"/var/log/messages"_s] = fileFactory(messagesErrno, u"/var/log/messages"_s);

    const FollowSelection selection = FollowSourceSelector::select(sources, false);
    QTEST(selection.description, "description");
    QFETCH(int, kind);
    QCOMPARE(bool(selection.kernel), kind >= 0);
    if (kind >= 0)
        QCOMPARE(int(selection.kind), kind);
    QTEST(bool(selection.killers), "killers");
}

void TestFollowSources::passesHistoryOn()
{
    FakeSources sources;
    sources.kmsg = FakeSources::refuse(EPERM, {});
    sources.journalKernel = FakeSources::empty(u"journal"_s);
    FollowSourceSelector::select(sources, true);
    QCOMPARE(sources.calls, (QStringList{u"kmsg history=1"_s, u"journal kernel=1 history=1"_s}));
    sources.calls.clear();
    FollowSourceSelector::select(sources, false);
    QCOMPARE(sources.calls, (QStringList{u"kmsg history=0"_s, u"journal kernel=1 history=0"_s}));
}

void TestFollowSources::startsAfterAFailedKind()
{
    // /dev/kmsg failed while it was followed: it is not tried again, and the reason leads.
    FakeSources sources;
    sources.kmsg = FakeSources::empty(u"/dev/kmsg"_s);
    sources.journalKernel = FakeSources::empty(u"journal"_s);
    const FollowSelection selection =
        FollowSourceSelector::select(sources, false, FollowSourceKind::Journal,
                                     {u"/dev/kmsg: read failed: permission denied"_s});
    QCOMPARE(sources.calls, QStringList{u"journal kernel=1 history=0"_s});
    QCOMPARE(selection.kind, FollowSourceKind::Journal);
    QCOMPARE(selection.description,
             u"/dev/kmsg: read failed: permission denied, following the journal"_s);
}

QTEST_GUILESS_MAIN(TestFollowSources)
#include "tst_followsources.moc"
