// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// oomlens-helper against the REAL dbus-daemon and the REAL polkitd on a private system bus
// (privatesystembus.h), called as user nobody: allowed by a rule, denied by a rule, no rule
// (a challenge, so not authorized), invalid input (never reaches polkit), a client whose
// identity the rule does not trust, a client that disconnects mid-check, Undo and
// ListChanges. The helper under test is the test build (oomlens-helper-testroot): its file
// operations act on a temporary root. systemd's SetUnitProperties goes to a stand-in that
// records the call, because this machine runs no systemd. The last test runs the installed
// build of the helper for real: compaction of the real kernel's memory.
#include "privatesystembus.h"

#include "remedy/actionids.h"
#include "remedy/helperclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom::remedy;

namespace {

// The test's rules. polkit.log shows which requests reached polkit at all.
const QByteArray Rules = R"JS(
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("io.github.oomlens.") != 0)
        return polkit.Result.NOT_HANDLED;
    polkit.log("OOMLENS-CHECK " + action.id + " user=" + subject.user
               + " sysctl=" + action.lookup("sysctl") + " value=" + action.lookup("value"));
    if (action.id == "io.github.oomlens.set-sysctl" && subject.user == "nobody"
        && action.lookup("sysctl") == "vm.swappiness")
        return polkit.Result.YES;
    if (action.id == "io.github.oomlens.set-cgroup-limit" && subject.user == "nobody")
        return polkit.Result.NO;
    if (action.id == "io.github.oomlens.set-cpuset" && subject.user == "root")
        return polkit.Result.YES;
    if (action.id == "io.github.oomlens.write-unit-dropin" && subject.user == "nobody") {
        // Slow on purpose: the client disconnects while polkit is still deciding.
        var start = Date.now();
        while (Date.now() - start < 3000) { }
        return polkit.Result.YES;
    }
    if ((action.id == "io.github.oomlens.compact-memory"
         || action.id == "io.github.oomlens.list-changes") && subject.user == "nobody")
        return polkit.Result.YES;
    return polkit.Result.NOT_HANDLED;
});
)JS";

QStringList helperCall(const QString &method, const QStringList &arguments)
{
    return QStringList{u"--system"_s,
                       u"--print-reply"_s,
                       u"--reply-timeout=60000"_s,
                       u"--dest=io.github.oomlens.Helper1"_s,
                       u"/io/github/oomlens/Helper1"_s,
                       u"io.github.oomlens.Helper1."_s + method}
    + arguments;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<absent>");
}

} // namespace

class TestHelperPolkit : public QObject
{
    Q_OBJECT

private:
    PrivateSystemBus m_bus;
    QString m_root; // the test helper's root
    QProcess m_helper;
    QProcess m_systemd;
    QString m_helperLog;

    QString at(const QString &relative) const { return m_root + u'/' + relative; }
    QString helperLog()
    {
        m_helperLog += QString::fromLocal8Bit(m_helper.readAllStandardError());
        return m_helperLog;
    }
    void startHelper(const QString &program, const QStringList &arguments)
    {
        m_helper.setProcessChannelMode(QProcess::SeparateChannels);
        m_helper.start(program, arguments);
        QVERIFY2(m_bus.waitForName(helperbus::Service), qPrintable(helperLog()));
    }
    void stopHelper()
    {
        m_helper.terminate();
        m_helper.waitForFinished(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_bus.start(
            QStringLiteral(OOMLENS_POLICY_FILE), QStringLiteral(OOMLENS_BUS_POLICY_FILE), Rules);
        if (!error.isEmpty())
            QSKIP(qPrintable(error));
        m_root = m_bus.workDir() + u"/root"_s;
        connect(&m_helper, &QProcess::readyReadStandardError, this, [this] {
            helperLog();
        });
        for (const QString &dir :
             {u"proc/sys/vm"_s, u"sys/fs/cgroup/system.slice/web.service"_s,
              u"sys/devices/system/node/node0"_s, u"sys/devices/system/node/node1"_s,
              u"etc/systemd/system"_s, u"etc/sysctl.d"_s, u"proc/4242"_s})
            QVERIFY(QDir().mkpath(at(dir)));
        auto write = [this](const QString &relative, const QByteArray &data) {
            QFile file(at(relative));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(u"proc/sys/vm/swappiness"_s, "60\n");
        write(u"sys/fs/cgroup/cgroup.controllers"_s, "cpuset memory\n");
        write(u"sys/fs/cgroup/system.slice/web.service/memory.max"_s, "max\n");
        write(u"sys/fs/cgroup/system.slice/web.service/cpuset.mems"_s, "0\n");
        write(u"proc/4242/stat"_s, "4242 (db) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 777 1 1\n");
        write(u"proc/4242/oom_score_adj"_s, "0\n");

        m_systemd.setProcessChannelMode(QProcess::ForwardedChannels);
        m_systemd.start(QStringLiteral(OOMLENS_TEST_SYSTEMD),
                                       {m_bus.workDir() + u"/systemd-calls.jsonl"_s});
        QVERIFY(m_bus.waitForName(u"org.freedesktop.systemd1"_s));
        startHelper(QStringLiteral(OOMLENS_HELPER_TESTROOT),
                                   {u"--root"_s, m_root, u"--idle-ms"_s, u"600000"_s});
    }

    void cleanupTestCase()
    {
        stopHelper();
        m_systemd.terminate();
        m_systemd.waitForFinished(10000);
    }

    void allowedByRuleThenUndone()
    {
        QString out;
        QCOMPARE(PrivateSystemBus::runAsNobody(
                     u"dbus-send"_s,
                     helperCall(u"SetSysctl"_s,
                                {u"string:vm.swappiness"_s, u"string:10"_s, u"boolean:false"_s}),
                     &out),
                 0);
        QVERIFY2(out.contains(u"int64 1"_s), qPrintable(out));
        QCOMPARE(readFile(at(u"proc/sys/vm/swappiness"_s)), QByteArray("10"));
        QTRY_VERIFY(helperLog().contains(u"uid=65534"_s));
        QTRY_VERIFY(helperLog().contains(u"result=applied #1"_s));

        QCOMPARE(
            PrivateSystemBus::runAsNobody(u"dbus-send"_s, helperCall(u"ListChanges"_s, {}), &out),
            0);
        QVERIFY2(out.contains(u"vm.swappiness 60 -> 10"_s) && out.contains(u"\"applied\""_s),
                 qPrintable(out));

        // Undo is authorized against the change's own action and details.
        QCOMPARE(PrivateSystemBus::runAsNobody(u"dbus-send"_s,
                                               helperCall(u"Undo"_s, {u"int64:1"_s}), &out),
                 0);
        QCOMPARE(readFile(at(u"proc/sys/vm/swappiness"_s)), QByteArray("60"));
        QVERIFY(m_bus.polkitOutput().contains(
            u"OOMLENS-CHECK io.github.oomlens.set-sysctl user=nobody"_s));
        // A second Undo of the same change is refused.
        QVERIFY(PrivateSystemBus::runAsNobody(u"dbus-send"_s, helperCall(u"Undo"_s, {u"int64:1"_s}),
                                              &out)
                != 0);
        QVERIFY2(out.contains(helperbus::ErrorInvalid), qPrintable(out));
    }

    void deniedByRule()
    {
        QString out;
        QVERIFY(PrivateSystemBus::runAsNobody(
                    u"dbus-send"_s,
                    helperCall(u"SetCgroupMemoryLimit"_s,
                               {u"string:/system.slice/web.service"_s, u"string:memory.max"_s,
                                u"string:1073741824"_s}),
                    &out)
                != 0);
        QVERIFY2(out.contains(helperbus::ErrorNotAuthorized), qPrintable(out));
        QCOMPARE(readFile(at(u"sys/fs/cgroup/system.slice/web.service/memory.max"_s)),
                 QByteArray("max\n"));
        QTRY_VERIFY(helperLog().contains(
            u"verb=SetCgroupMemoryLimit action=io.github.oomlens.set-cgroup-limit"_s));
        QTRY_VERIFY(helperLog().contains(u"result=denied"_s));
    }

    void noRuleIsAChallengeSoNotAuthorized()
    {
        // polkit's defaults for a caller without a session are allow_any = auth_admin_keep:
        // a challenge. dbus-send allows no interaction, so the helper refuses.
        QString out;
        QVERIFY(PrivateSystemBus::runAsNobody(
                    u"dbus-send"_s,
                    helperCall(u"SetOomScoreAdj"_s,
                               {u"int64:4242"_s, u"uint64:777"_s, u"int32:-500"_s}),
                    &out)
                != 0);
        QVERIFY2(out.contains(helperbus::ErrorNotAuthorized), qPrintable(out));
        QTRY_VERIFY(helperLog().contains(u"result=challenge"_s));
        QCOMPARE(readFile(at(u"proc/4242/oom_score_adj"_s)), QByteArray("0\n"));
    }

    void invalidInputNeverReachesPolkit_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("marker"); // must not appear in polkit's log
        QTest::newRow("sysctl outside the allow-list")
            << u"SetSysctl"_s
            << QStringList{u"string:kernel.core_pattern"_s, u"string:|/tmp/x"_s, u"boolean:false"_s}
            << u"kernel.core_pattern"_s;
        QTest::newRow("sysctl path traversal")
            << u"SetSysctl"_s
            << QStringList{u"string:vm/../../kernel/x"_s, u"string:1"_s, u"boolean:false"_s}
            << u"kernel/x"_s;
        QTest::newRow("value with shell metacharacters")
            << u"SetSysctl"_s
            << QStringList{u"string:vm.swappiness"_s, u"string:10;reboot"_s, u"boolean:false"_s}
            << u"reboot"_s;
        QTest::newRow("cgroup with ..")
            << u"SetCgroupMemoryLimit"_s
            << QStringList{u"string:/system.slice/../../../etc"_s, u"string:memory.max"_s,
                           u"string:max"_s}
            << u"set-cgroup-limit user=nobody sysctl=undefined value=max"_s;
        QTest::newRow("absent NUMA node")
            << u"SetCpusetMems"_s
            << QStringList{u"string:/system.slice/web.service"_s, u"string:0-7"_s}
            << u"set-cpuset"_s;
        QTest::newRow("unit name with a path")
            << u"WriteUnitDropIn"_s
            << QStringList{u"string:../../../etc/x.service"_s, u"string:OOMPolicy"_s,
                           u"string:kill"_s}
            << u"write-unit-dropin"_s;
        QTest::newRow("oom_score_adj out of range")
            << u"SetOomScoreAdj"_s
            << QStringList{u"int64:4242"_s, u"uint64:777"_s, u"int32:-5000"_s} << u"value=-5000"_s;
    }
    void invalidInputNeverReachesPolkit()
    {
        QFETCH(QString, method);
        QFETCH(QStringList, arguments);
        QFETCH(QString, marker);
        QString out;
        const qsizetype refusedBefore = helperLog().count(u"result=invalid"_s);
        QVERIFY(PrivateSystemBus::runAsNobody(u"dbus-send"_s, helperCall(method, arguments), &out)
                != 0);
        QVERIFY2(out.contains(helperbus::ErrorInvalid), qPrintable(out));
        QTRY_COMPARE(helperLog().count(u"result=invalid"_s), refusedBefore + 1);
        QVERIFY2(!m_bus.polkitOutput().contains(marker), qPrintable(m_bus.polkitOutput()));
    }

    void identityComesFromTheBusNotTheClient()
    {
        // The rule trusts root only. nobody cannot pass for root: the helper has no
        // argument that names a caller, and an extra one is a different signature.
        QString out;
        QVERIFY(PrivateSystemBus::runAsNobody(
                    u"dbus-send"_s,
                    helperCall(u"SetCpusetMems"_s,
                               {u"string:/system.slice/web.service"_s, u"string:0-1"_s}),
                    &out)
                != 0);
        QVERIFY2(out.contains(helperbus::ErrorNotAuthorized), qPrintable(out));
        QVERIFY(PrivateSystemBus::runAsNobody(u"dbus-send"_s,
                                              helperCall(u"SetCpusetMems"_s,
                                                         {u"string:/system.slice/web.service"_s,
                                                          u"string:0-1"_s, u"uint32:0"_s}),
                                              &out)
                != 0);
        QVERIFY2(out.contains(u"UnknownMethod"_s) || out.contains(u"InvalidArgs"_s)
                     || out.contains(u"signature"_s),
                 qPrintable(out));
        QCOMPARE(readFile(at(u"sys/fs/cgroup/system.slice/web.service/cpuset.mems"_s)),
                 QByteArray("0\n"));
    }

    void clientDisconnectingMidCheckGetsNothing()
    {
        // dbus-send is killed one second into the three seconds the rule takes to say YES.
        QString out;
        QVERIFY(PrivateSystemBus::runAsNobody(
                    u"timeout"_s,
                    {u"-s"_s, u"KILL"_s, u"1"_s, u"dbus-send"_s, u"--system"_s, u"--print-reply"_s,
                     u"--dest=io.github.oomlens.Helper1"_s, u"/io/github/oomlens/Helper1"_s,
                     u"io.github.oomlens.Helper1.WriteUnitDropIn"_s, u"string:db.service"_s,
                     u"string:OOMPolicy"_s, u"string:continue"_s},
                    &out)
                != 0);
        QTRY_VERIFY_WITH_TIMEOUT(helperLog().contains(u"verb=WriteUnitDropIn"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(helperLog().contains(u"result=caller-gone"_s)
                                     || helperLog().contains(u"result=polkit-error"_s),
                                 20000);
        QVERIFY(!QFile::exists(at(u"etc/systemd/system/db.service.d/50-oomlens-oompolicy.conf"_s)));
    }

    void setUnitPropertiesCarriesTheInteractiveFlag()
    {
        // systemd itself is not running here: the stand-in records what it received.
        const SystemdClient client(m_bus.connection());
        CallResult result =
            client.setUnitProperty(u"web.service"_s, u"MemoryMax"_s, u"1073741824"_s, true);
        QVERIFY2(result.ok, qPrintable(result.error));
        result = client.setUnitProperty(u"web.service"_s, u"AllowedMemoryNodes"_s, u"0-1"_s, false);
        QVERIFY2(result.ok, qPrintable(result.error));
        result = client.setUnitProperty(u"../x.service"_s, u"MemoryMax"_s, u"1"_s, true);
        QVERIFY(!result.ok); // refused before anything is sent
        const QList<QByteArray> lines =
            readFile(m_bus.workDir() + u"/systemd-calls.jsonl"_s).trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(u"member"_s).toString(), u"SetUnitProperties"_s);
        QCOMPARE(first.value(u"signature"_s).toString(), u"sba(sv)"_s);
        QCOMPARE(first.value(u"interactive"_s).toBool(), true);
        QCOMPARE(first.value(u"unit"_s).toString(), u"web.service"_s);
        QCOMPARE(first.value(u"runtime"_s).toBool(), true);
        const QJsonObject memoryMax =
            first.value(u"properties"_s).toObject().value(u"MemoryMax"_s).toObject();
        QCOMPARE(memoryMax.value(u"type"_s).toString(), u"t"_s);
        QCOMPARE(memoryMax.value(u"value"_s).toString(), u"1073741824"_s);
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(u"runtime"_s).toBool(), false);
        const QJsonObject nodes =
            second.value(u"properties"_s).toObject().value(u"AllowedMemoryNodes"_s).toObject();
        QCOMPARE(nodes.value(u"type"_s).toString(), u"ay"_s);
        QCOMPARE(nodes.value(u"value"_s).toString(), u"03"_s);
    }

    void compactionEndToEndOnTheRealKernel()
    {
        // The installed build of the helper (root "/"), authorized by a rule for nobody,
        // writes the real /proc/sys/vm/compact_memory: harmless, and the only change this
        // test suite makes to the machine.
        if (!QFileInfo(u"/proc/sys/vm/compact_memory"_s).isWritable())
            QSKIP(
                "/proc/sys/vm/compact_memory is not writable here (a container with a read-only "
                "/proc/sys?); run on a host or a privileged container");
        stopHelper();
        startHelper(QStringLiteral(OOMLENS_HELPER), {});
        const QByteArray before = readFile(u"/proc/buddyinfo"_s);
        QString out;
        QCOMPARE(PrivateSystemBus::runAsNobody(
                     u"dbus-send"_s, helperCall(u"CompactMemory"_s, {u"int32:-1"_s}), &out),
                 0);
        QVERIFY2(out.contains(u"int64 0"_s), qPrintable(out)); // nothing to undo, nothing journaled
        const QByteArray after = readFile(u"/proc/buddyinfo"_s);
        QTRY_VERIFY(
            helperLog().contains(u"verb=CompactMemory action=io.github.oomlens.compact-memory"_s));
        QTRY_VERIFY(helperLog().contains(u"result=applied #0: compacted every node"_s));
        qInfo().noquote() << u"buddyinfo before compaction:\n"_s + QString::fromLatin1(before)
                + u"buddyinfo after compaction:\n"_s + QString::fromLatin1(after);
        QVERIFY(!before.isEmpty() && !after.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHelperPolkit)
#include "tst_helperpolkit.moc"
