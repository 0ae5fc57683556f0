package io.landcheck.batch;

import io.landcheck.engine.Verdict;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The QGIS layer style (.qml) written beside a result layer file: the parcels filled by verdict in the HTML report's
 * colours (合规 green, 不合规 red, 资料不足 amber, 不适用 grey, 错误 purple), anything else (an {@code INCOMPLETE}
 * feature) outlined only. A GeoPackage keeps it as the parcels layer's default style (QGIS's {@code layer_styles}
 * table), which QGIS applies on opening; elsewhere load it with Layer Properties › Symbology › Style › Load Style. Each
 * symbol is given both as QGIS 3's option map and as the older properties, so QGIS 2.18 to 3.x read it.
 */
final class QgisStyle {

  private QgisStyle() {}

  /** The style file beside {@code layerFile}: its name with the extension replaced by {@code .qml}. */
  static Path beside(Path layerFile) {
    String name = layerFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return layerFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".qml");
  }

  /** The style colouring the attribute {@code verdict}, legend labels in {@code language} (zh or en). */
  static String byVerdict(String language) {
    boolean zh = language.equals("zh");
    StringBuilder categories = new StringBuilder();
    StringBuilder symbols = new StringBuilder();
    int i = 0;
    for (Verdict v : Verdict.values()) {
      categories.append(String.format(Locale.ROOT,
          "      <category render=\"true\" symbol=\"%d\" value=\"%s\" label=\"%s\"/>%n", i, v.name(), label(v, zh)));
      symbols.append(symbol(Integer.toString(i), colour(v), "solid"));
      i++;
    }
    categories.append(String.format(Locale.ROOT,
        "      <category render=\"true\" symbol=\"%d\" value=\"\" label=\"%s\"/>%n", i, zh ? "其他" : "other"));
    symbols.append(symbol(Integer.toString(i), "255,255,255,0", "no"));
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        + "<qgis version=\"3.22.0\" styleCategories=\"Symbology\">\n"
        + "  <renderer-v2 type=\"categorizedSymbol\" attr=\"verdict\" symbollevels=\"0\" enableorderby=\"0\""
        + " forceraster=\"0\">\n"
        + "    <categories>\n" + categories + "    </categories>\n"
        + "    <symbols>\n" + symbols + "    </symbols>\n"
        + "  </renderer-v2>\n"
        + "  <layerGeometryType>2</layerGeometryType>\n"
        + "</qgis>\n";
  }

  private static String symbol(String name, String rgba, String fillStyle) {
    String[][] props = {{"color", rgba}, {"style", fillStyle}, {"outline_color", "35,35,35,255"},
        {"outline_style", "solid"}, {"outline_width", "0.26"}, {"outline_width_unit", "MM"}};
    StringBuilder options = new StringBuilder();
    StringBuilder old = new StringBuilder();
    for (String[] p : props) {
      options.append("            <Option type=\"QString\" name=\"").append(p[0]).append("\" value=\"").append(p[1])
          .append("\"/>\n");
      old.append("          <prop k=\"").append(p[0]).append("\" v=\"").append(p[1]).append("\"/>\n");
    }
    return "      <symbol type=\"fill\" name=\"" + name + "\" alpha=\"0.8\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
        + "        <layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">\n"
        + "          <Option type=\"Map\">\n" + options + "          </Option>\n" + old
        + "        </layer>\n"
        + "      </symbol>\n";
  }

  /** The HTML report's map colour of a verdict, as QGIS writes colours (r,g,b,a). */
  static String colour(Verdict v) {
    return switch (v) {
      case COMPLIANT -> "67,160,71,255";
      case NON_COMPLIANT -> "229,57,53,255";
      case INSUFFICIENT_DATA -> "251,192,45,255";
      case NOT_APPLICABLE -> "158,158,158,255";
      case ERROR -> "142,36,170,255";
    };
  }

  private static String label(Verdict v, boolean zh) {
    return switch (v) {
      case COMPLIANT -> zh ? "合规" : "compliant";
      case NON_COMPLIANT -> zh ? "不合规" : "non-compliant";
      case INSUFFICIENT_DATA -> zh ? "资料不足" : "insufficient data";
      case NOT_APPLICABLE -> zh ? "不适用" : "not applicable";
      case ERROR -> zh ? "错误" : "error";
    };
  }
}
