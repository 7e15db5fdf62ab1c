package org.dossier.places;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** A gazetteer of a few places, in the resource's format, for fast tests. */
final class TinyGazetteer {

    static final long ALEPPO = 170063;
    static final long PARIS_FR = 2988507;
    static final long PARIS_TX = 4717560;
    static final long TRIPOLI_LY = 2210247;
    static final long TRIPOLI_LB = 266826;
    static final long ROCHDALE = 2639272;
    static final long PORTLAND_OR = 5746545;
    static final long WOODBURN_OR = 5761708;
    static final long KOLMARSK = 9000001;

    private static final String TSV = String.join("\n",
            "# test gazetteer",
            "C\tSY\tSyria\t35\t38\tSyrian Arab Republic\tSyrian",
            "C\tFR\tFrance\t46\t2\tFrench Republic\tFrench",
            "C\tUS\tUnited States\t38\t-97\tUnited States of America\tAmerican",
            "C\tLY\tLibya\t25\t17\t\tLibyan",
            "C\tLB\tLebanon\t33.8\t35.8\t\tLebanese",
            "C\tSD\tSudan\t15\t30\t\tSudanese",
            "C\tSS\tSouth Sudan\t7\t30\t\tSouth Sudanese",
            "C\tGB\tUnited Kingdom\t54\t-2\t\tBritish",
            "C\tBR\tBrazil\t-10\t-55\t\tBrazilian",
            "C\tTH\tThailand\t15\t100\tThai\tThai",
            "C\tID\tIndonesia\t-5\t120\t\tIndonesian",
            "C\tMZ\tMozambique\t-18\t35\t\tMozambican",
            "C\tPS\tPalestine\t32\t35.25\t\tPalestinian",
            "C\tGE\tGeorgia\t42\t43.5\t\tGeorgian",
            "C\tTW\tTaiwan\t24\t121\t\tTaiwanese",
            "C\tCN\tChina\t35\t105\t\tChinese",
            "C\tCA\tCanada\t60\t-95\t\tCanadian",
            "C\tAG\tAntigua and Barbuda\t17.05\t-61.8\t\tAntiguan",
            "C\tBA\tBosnia and Herzegovina\t44.0\t18.0\t\tBosnian",
            "A\tCA\t08\tOntario\t49\t-84\t",
            "P\t6167865\tToronto\tCA\t08\tPPLA\t2600000\t43.70011\t-79.4163\t\t",
            "P\t5174095\tToronto\tUS\tOH\tPPL\t5000\t40.46423\t-80.60091\t\t",
            "A\tCN\t04\tFujian\t26\t118\t",
            "A\tCN\t28\tTaiwan\t24\t121\t",
            "A\tCN\t22\tBeijing\t40\t116.4\t",
            "A\tID\t30\tJawa Barat\t-6.9\t107.6\t\tWest Java",
            "A\tMZ\t02\tGaza Province\t-23\t32.7\t\tGaza",
            "A\tSD\t\tBlue Nile\t11.5\t34.3\t\t",
            "P\t281133\tGaza\tPS\tGZ\tPPLA\t410000\t31.50161\t34.46672\t\t",
            "A\tGB\tENG\tEngland\t52\t-1\tRochdale|Essex",
            "A\tBR\t14\tMato Grosso\t-13\t-56\t",
            "A\tUS\tOR\tOregon\t44\t-120\t",
            "A\tUS\tTX\tTexas\t31\t-100\t",
            "A\tUS\tFL\tFlorida\t27.66483\t-81.51575\t",
            "P\t4160610\tJupiter\tUS\tFL\tPPL\t62707\t26.93422\t-80.09421\t\t",
            "P\t5806017\tPacific\tUS\tWA\tPPL\t7123\t47.26455\t-122.25012\t\t",
            // a large city with a made-up exonym (the twelfth field)
            "P\t9000001\tKolmarsk\tBR\t16\tPPLA2\t900000\t-8.1\t-34.9\t\t\tVelmora",
            "A\tUS\tGA\tGeorgia\t32.75\t-83.5\t",
            "A\tSY\t12\tIdlib Governorate\t35.8\t36.7\t",
            "A\tSY\t09\tAleppo Governorate\t36.2\t37.5\t",
            "P\t170063\tAleppo\tSY\t09\tPPLA\t1602264\t36.20124\t37.16117\t\t",
            "P\t169389\tIdlib\tSY\t12\tPPLA\t128840\t35.93\t36.63\t\t",
            "P\t2988507\tParis\tFR\t11\tPPLC\t2138551\t48.85341\t2.3488\t\t",
            "P\t4717560\tParis\tUS\tTX\tPPL\t25171\t33.66094\t-95.55551\t\t",
            "P\t4246659\tParis\tUS\tIL\tPPL\t8837\t39.61115\t-87.69614\t\t",
            "P\t4699066\tHouston\tUS\tTX\tPPLA2\t2296224\t29.76328\t-95.36327\t\t",
            "P\t2210247\tTripoli\tLY\t77\tPPLC\t1150989\t32.88743\t13.18733\t\t",
            "P\t266826\tTripoli\tLB\t09\tPPLA\t229398\t34.43352\t35.84415\t\t",
            "P\t276781\tBeirut\tLB\t04\tPPLC\t1916100\t33.89332\t35.50157\t\t",
            "P\t5000001\tSmallville\tUS\tKS\tPPL\t2000\t38.5\t-98\t\t",
            "P\t9100001\tEastmoor\tGB\tENG\tPPL\t22000\t54.8\t-1.8\t\t",
            "P\t9100002\tWestmoor\tGB\tENG\tPPL\t6000\t54.7\t-1.9\t\t",
            "P\t9100003\tAntigua\tES\t53\tPPL\t12000\t28.42\t-14.01\t\t",
            "A\tIQ\t06\tNorthfen Governorate\t32.5\t44.5\t\tNorthfen",
            "P\t9100004\tNorthfen\tUS\tNY\tPPL\t12000\t40.7\t-73.3\t\t",
            "P\t5203506\tMars\tUS\tPA\tPPL\t1700\t40.69\t-80.01\t\t",
            "P\t4111410\tEngland\tUS\tAR\tPPL\t2800\t34.54\t-91.97\t\t",
            "P\t4180439\tAtlanta\tUS\tGA\tPPLA\t463878\t33.749\t-84.38798\t\t",
            "P\t4671524\tAtlanta\tUS\tTX\tPPL\t5675\t33.11374\t-94.16435\t\t",
            "P\t4236895\tDecatur\tUS\tIL\tPPLA2\t73254\t39.84031\t-88.9548\t\t",
            "P\t4058553\tDecatur\tUS\tAL\tPPLA2\t55437\t34.60593\t-86.98334\t\t",
            "P\t4191124\tDecatur\tUS\tGA\tPPLA2\t21957\t33.77483\t-84.29631\t\t",
            "P\t5000002\tDalton Springs\tUS\tAL\tPPL\t30000\t33.6\t-85.3\t\t",
            "P\t5000003\tDalton Springs\tUS\tOH\tPPL\t25000\t40.1\t-82.9\t\t",
            "P\t4815352\tMorgantown\tUS\tWV\tPPLA2\t30708\t39.62953\t-79.9559\t\t",
            "P\t4301349\tMorgantown\tUS\tKY\tPPLA2\t2475\t37.2256\t-86.6836\t\t",
            "P\t7498240\tWest Jerusalem\tIL\t06\tPPLX\t400000\t31.78\t35.21\t281184\t",
            "P\t7303419\tEast Jerusalem\tPS\tWE\tPPLX\t428304\t31.78336\t35.23388\t\t",
            "P\t281184\tJerusalem\tIL\t06\tPPLA\t801000\t31.76904\t35.21633\t\t",
            "P\t2639272\tRochdale\tGB\tENG\tPPLA2\t97550\t53.61766\t-2.1552\t\t",
            "P\t5746545\tPortland\tUS\tOR\tPPLA2\t652503\t45.52345\t-122.67621\t\t",
            "P\t4975802\tPortland\tUS\tME\tPPLA2\t66881\t43.66147\t-70.25533\t\t",
            "P\t5761708\tWoodburn\tUS\tOR\tPPL\t25173\t45.14373\t-122.85537\t\t",
            // a hamlet named like a large city, near a city of its own area; and a hamlet no larger place is named as
            "A\tUS\tPA\tPennsylvania\t40.9\t-77.8\t",
            "P\t4560349\tPhiladelphia\tUS\tPA\tPPLA2\t1567442\t39.95233\t-75.16379\t\t",
            "P\t9000002\tPortland\tUS\tPA\tPPL\t600\t40.92\t-75.1\t\t",
            "P\t9000003\tTinyville\tUS\tTX\tPPL\t600\t32.0\t-96.0\t\t",
            // a small town named like a park
            "P\t9000011\tElm Park\tUS\tOR\tPPL\t2700\t44.9\t-123.7\t\t",
            "A\tID\t31\tHarrowby Region\t-6.2\t106.8\t\tHarrowby",
            "P\t9100021\tHarrowby\tID\t31\tPPLA\t400000\t-6.2\t106.8\t\t",
            "P\t9100022\tHarrowby\tGB\tENG\tPPL\t22000\t50.9\t-3.2\t\t",
            // a city of millions abroad, its region named like it, and a small namesake in Texas
            "A\tID\t32\tCorvanna Region\t-7.0\t110.4\t\tCorvanna",
            "P\t9100031\tCorvanna\tID\t32\tPPLA\t2000000\t-7.0\t110.4\t\t",
            "P\t9100032\tCorvanna\tUS\tTX\tPPL\t5000\t29.5\t-95.5\t\t",
            // a town named like a state (as Washington, Georgia and Delaware, Ohio are)
            "P\t9000001\tTexas\tUS\tOR\tPPL\t1500\t45.0\t-121.0\t\t",
            "P\t8480064\tWoodburn\tUS\tVA\tPPL\t8480\t38.84745\t-77.23605\t\t",
            // a city of millions that has another place's name among its other names
            "C\tMX\tMexico\t23\t-102\t\tMexican",
            "P\t3521081\tPuebla\tMX\t21\tPPLA\t1692181\t19.03793\t-98.20346\t\tPueblo",
            "P\t5435464\tPueblo\tUS\tCO\tPPLA2\t109412\t38.25445\t-104.60914\t\t",
            // a small town's police blotter: its dateline, and a village of its county named like a larger city
            "A\tUS\tIL\tIllinois\t40.6\t-89.4\t",
            "P\t4251141\tTaylorville\tUS\tIL\tPPLA2\t10873\t39.54894\t-89.29453\t\t",
            "P\t4243717\tMacon\tUS\tIL\tPPL\t1131\t39.71282\t-88.99702\t\t",
            "P\t4207400\tMacon\tUS\tGA\tPPLA2\t91351\t32.84069\t-83.6324\t\t",
            "P\t164816\tSar\u0101qib\tSY\t12\tPPLA3\t34231\t35.86447\t36.80591\t\t",
            // a state named like its country's capital, and the state's own capital
            "A\tUS\tWA\tWashington\t47.5\t-120.5\t",
            "A\tUS\tDC\tDistrict of Columbia\t38.9\t-77\t",
            "P\t4140963\tWashington\tUS\tDC\tPPLC\t689545\t38.89511\t-77.03637\t\t",
            "A\tUS\tMD\tMaryland\t39\t-76.75\t",
            "A\tUS\tVA\tVirginia\t37.5\t-78.5\t",
            "A\tUS\tWV\tWest Virginia\t38.59763\t-80.4549\t\t",
            // a large city that is also the name of its own territory, next to a state
            "C\tIN\tIndia\t22\t79\t\tIndian",
            "A\tIN\t07\tDelhi\t28.6\t77.2\t",
            "A\tIN\t10\tHaryana\t29\t76\t",
            "P\t1273294\tDelhi\tIN\t07\tPPLA\t10927986\t28.65195\t77.23149\t\t",
            "P\t5805687\tOlympia\tUS\tWA\tPPLA\t46478\t47.03787\t-122.9007\t\t",
            // a city of Canada three and a half times the size of its namesake in Washington: too close to choose
            "P\t9100041\tCaldermouth\tCA\t02\tPPL\t600000\t49.25\t-123.1\t\t",
            "P\t9100042\tCaldermouth\tUS\tWA\tPPL\t172000\t45.6\t-122.6\t\t",
            // a city of England five times the size of its namesake in Alabama
            "P\t2655603\tBirmingham\tGB\tENG\tPPLA2\t1144919\t52.48142\t-1.89983\t\t",
            "A\tUS\tAL\tAlabama\t32.75\t-86.75\t",
            "P\t4049979\tBirmingham\tUS\tAL\tPPLA2\t212461\t33.52066\t-86.80249\t\t",
            // a village of a state far from another the article may name, for names spelled one letter off
            "A\tUS\tOK\tOklahoma\t35.5\t-97.5\t",
            "P\t9000005\tLakemont\tUS\tOK\tPPL\t900\t36.4\t-97.9\t\t",
            "P\t3467747\tCampinas\tBR\t27\tPPL\t1031554\t-22.90556\t-47.06083\t\t",
            "");
    private static final String ALIASES = "U.S.\tcountry:US\nMd.\tarea:US.MD\nCalif.\tarea:US.TX\nIll.\tarea:US.GA\n"
            + "Crimea\tarea:US.OR\nD.C.\tarea:US.DC\n";
    private static final String AREA_WORDS = "governorate\nprovince\n";

    private TinyGazetteer() {}

    static Gazetteer load() {
        try {
            return Gazetteer.read(new StringReader(TSV), new StringReader(ALIASES), new StringReader(AREA_WORDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
