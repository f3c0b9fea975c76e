// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Container runtimes and Kubernetes reporting an OOM kill (docs/kernel-formats.md §4.4). Rows
// quote corpus case 051 (containerd TaskOOM), case 033 (a dockerd line that is not one) and
// the wordings listed in parse/containerlines.h.

#include "core/parse/userspace/containerlines.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace oom;

namespace {

LogRecord record(const QString &text, const QString &ident)
{
    LogRecord r;
    r.text = text;
    r.ident = ident;
    r.lines = {3, 3};
    r.time = QDateTime(QDate(2025, 4, 14), QTime(5, 21, 34), QTimeZone::utc());
    return r;
}

} // namespace

class TestContainerLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oomEvent_data();
    void oomEvent();
    void rejectsOtherLines_data();
    void rejectsOtherLines();
};

void TestContainerLines::oomEvent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ident");
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("containerId");

    const QString id051 = u"198301288f1414171589a049d5f75f9e4c871b8b3e5ad5af12051fdcc65da726"_s;
    QTest::newRow("containerd <= 1.6 gogo TaskOOM (051)")
        << u"time=\"2025-04-14T05:21:34.519809409+08:00\" level=info msg=\"TaskOOM event &TaskOOM{ContainerID:"_s
            + id051 + u",XXX_unrecognized:[],}\""_s
        << u"containerd"_s << u"containerd"_s << id051;
    QTest::newRow("containerd 1.7+ TaskOOM, escaped quotes")
        << u"time=\"2025-05-19T18:14:43.578084676Z\" level=info msg=\"TaskOOM event container_id:\\\"9192cb33411ff69d015a3577db136757f5b145064a1703efea3d0e12e8a64987\\\"\""_s
        << u"containerd"_s << u"containerd"_s
        << u"9192cb33411ff69d015a3577db136757f5b145064a1703efea3d0e12e8a64987"_s;
    QTest::newRow("TaskOOM from k3s, unknown to the ident table")
        << u"time=\"2025-05-19T18:14:43Z\" level=info msg=\"TaskOOM event container_id:\\\"aa11bb22cc33\\\"\""_s
        << u"k3s"_s << u"containerd"_s << u"aa11bb22cc33"_s;
    QTest::newRow("containerd debug event published")
        << u"time=\"2020-09-10T10:00:00Z\" level=debug msg=\"event published\" ns=moby topic=/tasks/oom type=containerd.events.TaskOOM"_s
        << u"containerd"_s << u"containerd"_s << QString();
    QTest::newRow("dockerd 18.09+ libcontainerd event")
        << u"time=\"2019-06-13T23:04:43.101748600Z\" level=debug msg=event module=libcontainerd namespace=moby topic=/tasks/oom"_s
        << u"dockerd"_s << u"dockerd"_s << QString();
    QTest::newRow("dockerd 1.10-1.12 containerd event")
        << u"time=\"2016-03-01T10:00:00Z\" level=debug msg=\"libcontainerd: received containerd event: &types.Event{Type:\\\"oom\\\", Id:\\\"36eb96d6c134895854e77f65ac47955b6ee08eb62bceee37cc605157f1c9482b\\\", Status:0x0, Pid:\\\"\\\", Timestamp:0x56dd62ff}\""_s
        << u"dockerd"_s << u"dockerd"_s
        << u"36eb96d6c134895854e77f65ac47955b6ee08eb62bceee37cc605157f1c9482b"_s;
    QTest::newRow("docker events output")
        << u"2017-08-25T18:21:35.949063698+08:00 container oom 812c82c5a7a5ae054e6f242215bdc4415a2d9b690768962a7bcd8d4676b16f60 (image=tomcat, name=web)"_s
        << QString() << u"dockerd"_s
        << u"812c82c5a7a5ae054e6f242215bdc4415a2d9b690768962a7bcd8d4676b16f60"_s;
    QTest::newRow("docker events API JSON")
        << u"{\"status\":\"oom\",\"id\":\"36eb96d6c134895854e77f65ac47955b6ee08eb62bceee37cc605157f1c9482b\",\"from\":\"9e0d5e071a2b\",\"time\":1449497871}"_s
        << QString() << u"dockerd"_s
        << u"36eb96d6c134895854e77f65ac47955b6ee08eb62bceee37cc605157f1c9482b"_s;
    QTest::newRow("conmon OOM received") << u"conmon 3b6c2d6e0f8b7a9c1d2e <ninfo>: OOM received"_s
                                         << u"conmon"_s << u"conmon"_s << u"3b6c2d6e0f8b7a9c1d2e"_s;
    QTest::newRow("conmon v1 event") << u"conmon 3b6c2d6e0f8b7a9c1d2e <ninfo>: OOM event received"_s
                                     << u"conmon"_s << u"conmon"_s << u"3b6c2d6e0f8b7a9c1d2e"_s;
    QTest::newRow("kubelet SystemOOM event")
        << u"I0613 23:04:43.500000    1234 event.go:291] \"Event occurred\" object=\"node-1\" kind=\"Node\" apiVersion=\"\" type=\"Warning\" reason=\"SystemOOM\" message=\"System OOM encountered, victim process: java, pid: 12345\""_s
        << u"kubelet"_s << u"kubelet"_s << QString();
    QTest::newRow("kubectl get events")
        << u"2m   Warning   SystemOOM   node/node-1   System OOM encountered, victim process: java, pid: 12345"_s
        << QString() << u"kubelet"_s << QString();
    QTest::newRow("kubelet OOMKilled container status")
        << u"I0613 23:04:44.000000    1234 kubelet.go:2200] \"SyncLoop (PLEG): event for pod\" event={ID:abc Type:ContainerDied Data:x} reason=\"OOMKilled\" containerID=\"containerd://9192cb33411ff69d015a3577db136757f5b145064a1703efea3d0e12e8a64987\""_s
        << u"kubelet"_s << u"kubelet"_s
        << u"9192cb33411ff69d015a3577db136757f5b145064a1703efea3d0e12e8a64987"_s;
    QTest::newRow("kubectl describe")
        << u"      Reason:       OOMKilled"_s << QString() << u"kubelet"_s << QString();
    QTest::newRow("docker inspect")
        << u"\"OOMKilled\": true,"_s << QString() << u"dockerd"_s << QString();
}

void TestContainerLines::oomEvent()
{
    QFETCH(QString, text);
    QFETCH(QString, ident);
    const auto event = parseContainerOomEvent(record(text, ident));
    QVERIFY(event);
    QTEST(event->runtime, "runtime");
    QTEST(event->containerId, "containerId");
    QCOMPARE(event->text, text.trimmed());
    QCOMPARE(event->line, (LineSpan{3, 3}));
    QVERIFY(event->time);
}

void TestContainerLines::rejectsOtherLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ident");
    QTest::newRow("dockerd deleting container (033)")
        << u"time=\"2017-08-25T18:21:35.949063698+08:00\" level=error msg=\"containerd: deleting container\" error=\"exit status 1: \\\"container 812c82c5a7a5ae054e6f242215bdc4415a2d9b690768962a7bcd8d4676b16f60 does not exist\\\\none or more of the container deletions failed\\\\n\\\"\""_s
        << u"dockerd"_s;
    QTest::newRow("docker inspect of a healthy container")
        << u"\"OOMKilled\": false,"_s << QString();
    QTest::newRow("oom score setting")
        << u"level=info msg=\"setting OOMScoreAdj to -999\""_s << u"containerd"_s;
    QTest::newRow("words that are no id") << u"the container oom killer settings"_s << QString();
    QTest::newRow("systemd scope line (051)")
        << u"cri-containerd-198301288f1414171589a049d5f75f9e4c871b8b3e5ad5af12051fdcc65da726.scope: Succeeded."_s
        << u"systemd"_s;
}

void TestContainerLines::rejectsOtherLines()
{
    QFETCH(QString, text);
    QFETCH(QString, ident);
    QVERIFY(!parseContainerOomEvent(record(text, ident)));
}

QTEST_APPLESS_MAIN(TestContainerLines)
#include "tst_containerlines.moc"
