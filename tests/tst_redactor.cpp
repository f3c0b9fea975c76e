// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The redacted export: every host name, user name, home path and IP address replaced,
// the same value by the same stand-in everywhere, and nothing else touched.

#include "app/redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaces_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host names, longest first")
            << QStringList{u"db1"_s, u"db1.example.com"_s}
            << u"db1.example.com kernel: ... host db1 again, db1.example.com"_s
            << u"host-1 kernel: ... host host-2 again, host-1"_s;
        QTest::newRow("a host inside a word stays")
            << QStringList{u"web"_s} << u"web kernel: webserver invoked oom-killer"_s
            << u"host-1 kernel: webserver invoked oom-killer"_s;
        QTest::newRow("home paths and the user elsewhere")
            << QStringList{} << u"/home/alice/run.sh by alice; /home/bob/x; /home/alice/y"_s
            << u"/home/user-1/run.sh by user-1; /home/user-2/x; /home/user-1/y"_s;
        QTest::newRow("IPv4, consistently")
            << QStringList{} << u"from 10.1.2.3 to 10.1.2.4, again 10.1.2.3"_s
            << u"from 192.0.2.1 to 192.0.2.2, again 192.0.2.1"_s;
        QTest::newRow("IPv6 but not times")
            << QStringList{} << u"fe80::1ff:fe23:4567:890a at 12:34:56"_s
            << u"2001:db8::1 at 12:34:56"_s;
        QTest::newRow("kernel text untouched")
            << QStringList{u"node1"_s}
            << u"Node 0 Normal free:1234kB min:56kB gfp_mask=0xcc0(GFP_KERNEL), order=0"_s
            << u"Node 0 Normal free:1234kB min:56kB gfp_mask=0xcc0(GFP_KERNEL), order=0"_s;
    }

    void replaces()
    {
        QFETCH(QStringList, hosts);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor redactor(hosts);
        QCOMPARE(redactor.redact(input), expected);
    }

    void sameStandInAcrossCalls()
    {
        Redactor redactor({u"alpha"_s, u"beta"_s});
        const QString first = redactor.redact(u"beta 10.0.0.9"_s);
        QCOMPARE(redactor.redact(u"10.0.0.9 beta"_s), u"192.0.2.1 "_s + first.section(u' ', 0, 0));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
