// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Rotated logs go oldest first, in both logrotate naming schemes.
#include "sources/input/rotationorder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace oom;

class tst_RotationOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortOldestFirst_data()
    {
        QTest::addColumn<QStringList>("shuffled");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("numbered-with-compressed")
            << QStringList{u"messages"_s, u"messages.1"_s, u"messages.4.gz"_s, u"messages.2"_s,
                           u"messages.3"_s}
            << QStringList{u"messages.4.gz"_s, u"messages.3"_s, u"messages.2"_s, u"messages.1"_s,
                           u"messages"_s};
        QTest::newRow("dateext") << QStringList{u"messages"_s, u"messages-20240201"_s,
                                                u"messages-20240101"_s}
                                 << QStringList{u"messages-20240101"_s, u"messages-20240201"_s,
                                                u"messages"_s};
        QTest::newRow("dateext-compressed-mixed")
            << QStringList{u"messages-20240301.xz"_s, u"messages"_s, u"messages-20240101.gz"_s,
                           u"messages-20240201.zst"_s}
            << QStringList{u"messages-20240101.gz"_s, u"messages-20240201.zst"_s,
                           u"messages-20240301.xz"_s, u"messages"_s};
        QTest::newRow("kern.log") << QStringList{u"kern.log"_s, u"kern.log.1"_s}
                                  << QStringList{u"kern.log.1"_s, u"kern.log"_s};
        QTest::newRow("number-10-before-9")
            << QStringList{u"syslog.9.gz"_s, u"syslog"_s, u"syslog.10.gz"_s}
            << QStringList{u"syslog.10.gz"_s, u"syslog.9.gz"_s, u"syslog"_s};
        QTest::newRow("debian-dmesg.0") << QStringList{u"dmesg"_s, u"dmesg.0"_s, u"dmesg.1.gz"_s}
                                        << QStringList{u"dmesg.1.gz"_s, u"dmesg.0"_s, u"dmesg"_s};
        QTest::newRow("families-apart")
            << QStringList{u"syslog"_s, u"kern.log"_s, u"syslog.1"_s, u"kern.log.1"_s}
            << QStringList{u"kern.log.1"_s, u"kern.log"_s, u"syslog.1"_s, u"syslog"_s};
        QTest::newRow("directories-apart")
            << QStringList{u"b/messages"_s, u"a/messages"_s, u"a/messages.1"_s}
            << QStringList{u"a/messages.1"_s, u"a/messages"_s, u"b/messages"_s};
    }

    void sortOldestFirst()
    {
        QFETCH(QStringList, shuffled);
        QFETCH(QStringList, expected);
        oom::sortOldestFirst(shuffled);
        QCOMPARE(shuffled, expected);
    }

    void family_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("family");
        QTest::newRow("plain") << u"messages"_s << u"messages"_s;
        QTest::newRow("numbered-gz") << u"messages.4.gz"_s << u"messages"_s;
        QTest::newRow("dated-xz") << u"messages-20240101.xz"_s << u"messages"_s;
        QTest::newRow("dotted-name") << u"kern.log.1"_s << u"kern.log"_s;
        QTest::newRow("iso-date") << u"syslog-2024-01-01"_s << u"syslog"_s;
        QTest::newRow("not-a-rotation") << u"Xorg.0.log"_s << u"Xorg.0.log"_s;
    }

    void family()
    {
        QFETCH(QString, name);
        QFETCH(QString, family);
        QCOMPARE(logFamily(name), family);
    }
};

QTEST_GUILESS_MAIN(tst_RotationOrder)
#include "tst_rotationorder.moc"
