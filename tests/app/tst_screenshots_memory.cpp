// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Renders each memory page (OomLens.Memory) for an incident of a real report and for the
// live system, in English, Japanese and simplified Chinese, to
// screenshots/<lang>/<page>-<source>.png in the build folder, and fails on a blank image.
// Offscreen (QT_QPA_PLATFORM=offscreen, the software renderer); the charts need a
// QApplication, so this test has its own main().

#include "helpers/memoryincidents.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <cstring>

Q_IMPORT_QML_PLUGIN(OomLens_MemoryPlugin)
Q_IMPORT_QML_PLUGIN(OomLens_ChartsPlugin)

using namespace Qt::StringLiterals;

namespace {

// Each page with the report that has what it shows.
struct PageCase {
    const char *page;
    const char *report;
};
constexpr PageCase Pages[] = {
    {"MemoryPage", "038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"},
    {"FragmentationPage", "011-alibaba-doc-buddy-fragmentation-order3.log"},
    {"CgroupsPage", "014-cgroupv2-kind-nested-docker-kubepods-dmesgT-partial.log"},
    {"ProcessesPage", "038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"},
    {"ComparePage", "038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log"},
};

// Blank: (nearly) one colour. A page with text, bars and charts has hundreds of colours
// (antialiasing), and a good part of it differs from the background.
QString blankness(const QImage &image)
{
    if (image.isNull() || image.width() < 100 || image.height() < 100)
        return u"no image"_s;
    const QRgb background = image.pixel(2, 2);
    QSet<QRgb> colours;
    qint64 differing = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            differing += c != background;
        }
    const double share = double(differing) / (double(image.width() / 2) * (image.height() / 2));
    if (colours.size() < 16 || share < 0.01)
        return u"blank: %1 colours, %2 % of pixels differ from the background"_s.arg(colours.size())
            .arg(share * 100, 0, 'f', 2);
    return {};
}

} // namespace

class TestScreenshotsMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();

private:
    QQmlEngine m_engine;
    std::unique_ptr<QTranslator> m_translator;
};

void TestScreenshotsMemory::initTestCase()
{
    // Qt 6.4 lacks qrc:/qt/qml in the import path (6.5+ has it).
    m_engine.addImportPath(u"qrc:/qt/qml"_s);
}

void TestScreenshotsMemory::render_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("report"); // empty: live
    for (const char *language : {"en", "ja", "zh_CN"})
        for (const PageCase &c : Pages)
            for (bool live : {false, true})
                // Compare sets an incident against now: without one it is an empty state.
                if (!live || std::strcmp(c.page, "ComparePage") != 0)
                    QTest::addRow("%s/%s-%s", language, c.page, live ? "live" : "incident")
                        << QString::fromLatin1(language) << QString::fromLatin1(c.page)
                        << (live ? QString() : QString::fromLatin1(c.report));
}

void TestScreenshotsMemory::render()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    QFETCH(QString, report);

    // The row's language alone: the previous row's translation is removed first.
    const QLocale locale(language == u"en"_s ? u"en_US"_s : language);
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(locale, u"oomlens"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(locale);
    m_engine.retranslate();

    QVariantMap properties;
    oom::IncidentPtr incident;
    if (!report.isEmpty()) {
        incident = oom::testing::reportIncident(report);
        QVERIFY2(incident, qPrintable(report));
        properties.insert(u"incident"_s, QVariant::fromValue(incident));
    }
    QQmlComponent component(&m_engine, QUrl(u"qrc:/qt/qml/OomLens/Memory/%1.qml"_s.arg(page)));
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    QQuickWindow window;
    window.resize(1280, 900);
    std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
    QVERIFY2(object, qPrintable(component.errorString()));
    auto *item = qobject_cast<QQuickItem *>(object.get());
    QVERIFY(item);
    item->setParentItem(window.contentItem());
    item->setSize(window.size());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Live pages show what the sampler and the snapshot feed read: wait for it.
    QTRY_VERIFY_WITH_TIMEOUT(item->property("ready").toBool(), 15000);
    // Two more frames: delegates created on the last change are laid out and painted.
    QTest::qWait(300);

    const QImage image = window.grabWindow();
    const QString dir = QStringLiteral(OOMLENS_BINARY_DIR "/screenshots/") + language;
    QDir().mkpath(dir);
    const QString file = dir
        + u"/%1-%2.png"_s.arg(page.chopped(4).toLower(),
                              report.isEmpty() ? u"live"_s : u"incident"_s);
    QVERIFY(image.save(file));
    const QString blank = blankness(image);
    QVERIFY2(blank.isEmpty(), qPrintable(file + u": "_s + blank));
}

int main(int argc, char **argv)
{
    // ChartView crashes under a QGuiApplication: the charts need QApplication.
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestScreenshotsMemory test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots_memory.moc"
