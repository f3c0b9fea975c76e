// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// Every step of every wizard rendered in a real (offscreen) window, in English, Japanese
// and simplified Chinese, on the hand-made server of tests/data/proc/v2. The PNGs land in
// <build>/screenshots/wizards/<language>/ for a person to look at; the test asserts that
// each step rendered something (not a blank page) with the wizard's title in the header.
// The apply step runs against a bus without oomlens-helper, so it shows the failure and
// that nothing changed. The swap wizard plans on the fixture's mount table with the free
// space of helpers/fixturemounts.h, so its preview shows a swap file, not a refusal.
#include "app/wizards/wizardcontroller.h"
#include "helpers/fixturemounts.h"
#include "i18n/translationinstaller.h"

#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OomLens_WizardsPlugin)

using namespace Qt::StringLiterals;

namespace {

const QByteArray Scene = R"QML(
import QtQuick
import QtQuick.Controls
import OomLens.Wizards
ApplicationWindow {
    width: 960
    height: 660
    visible: true
    property alias controller: wizardController
    WizardController {
        id: wizardController
        busAddress: "unix:path=/nonexistent/oomlens-screenshot-bus"
    }
    WizardView {
        anchors.fill: parent
        controller: wizardController
    }
}
)QML";

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestScreenshotsWizards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStep_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"ja"_s, u"zh_CN"_s})
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyStep()
    {
        QFETCH(QString, language);
        oom::i18n::installTranslations(*QCoreApplication::instance(), QLocale(language));
        const QString outDir =
            QStringLiteral(OOMLENS_BINARY_DIR "/screenshots/wizards/") + language;
        QVERIFY(QDir().mkpath(outDir));
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        engine.loadData(Scene);
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QObject *controller = window->property("controller").value<QObject *>();
        QVERIFY(controller);
        controller->setProperty("systemRoot", QStringLiteral(OOMLENS_TEST_DATA_DIR "/proc/v2"));
        auto *wizardController = qobject_cast<oom::wizards::WizardController *>(controller);
        QVERIFY(wizardController);
        wizardController->setFreeSpaceReader(oom::fixturemounts::v2FreeSpace);
        const QList<std::pair<QString, QVariantMap>> wizards{
            {u"swap"_s, {}}, // the recommendation: / (ext4), sized from RAM
            {u"limits"_s,
             {{u"cgroup"_s, u"/system.slice/nginx.service"_s}, {u"unit"_s, u"nginx.service"_s}}},
            {u"cpuset"_s,
             {{u"cgroup"_s, u"/system.slice/nginx.service"_s}, {u"unit"_s, u"nginx.service"_s}}},
            {u"compaction"_s,
             {{u"tunings"_s, QVariantMap{{u"vm.watermark_scale_factor"_s, u"50"_s}}}}},
            {u"oom-priority"_s,
             {{u"unit"_s, u"nginx.service"_s},
              {u"oomScoreAdj"_s, -500},
              {u"oomPolicy"_s, u"continue"_s}}},
            {u"systemd-policy"_s,
             {{u"sysctls"_s, QVariantMap{{u"vm.overcommit_memory"_s, u"2"_s}}}}},
        };
        for (const auto &[wizard, prefill] : wizards) {
            QMetaObject::invokeMethod(controller, "open", Q_ARG(QString, wizard),
                                      Q_ARG(QVariant, QVariant()), Q_ARG(QVariantMap, prefill));
            QTRY_VERIFY(!controller->property("busy").toBool());
            const QStringList stages{u"why"_s, u"choose"_s, u"preview"_s, u"apply"_s};
            for (int stage = 0; stage < stages.size(); ++stage) {
                if (stage == 3) {
                    if (!controller->property("applicable").toBool())
                        break; // a refused plan has no apply step to show
                    controller->setProperty("confirmed", true);
                }
                if (stage > 0)
                    QMetaObject::invokeMethod(controller, "next");
                if (stage == 3)
                    QTRY_COMPARE_WITH_TIMEOUT(controller->property("stage").toInt(), 4, 30000);
                QTRY_VERIFY(!controller->property("busy").toBool());
                QVERIFY(QTest::qWaitForWindowExposed(window));
                window->requestUpdate();
                QTest::qWait(50); // let the scene graph render the new page
                const QImage image = window->grabWindow();
                QVERIFY(!image.isNull());
                const QString file = outDir + u'/' + wizard + u'-' + QString::number(stage + 1)
                    + u'-' + stages.at(stage) + u".png"_s;
                QVERIFY(image.save(file));
                QVERIFY2(distinctColours(image) > 8, qPrintable(file + u" looks blank"_s));
                QVERIFY(!controller->property("title").toString().isEmpty());
            }
        }
    }
};

QTEST_MAIN(TestScreenshotsWizards)
#include "tst_screenshots_wizards.moc"
