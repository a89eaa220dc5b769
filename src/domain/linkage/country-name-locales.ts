/**
 * Every language i18n-iso-countries ships, for reading a country written in its own or its neighbours' language ("Magyarország",
 * "Schweiz", "Česko", "Ελλάδα"): hu-kazanszerviz read, "Magyarország" read as a country of its own against "HU" and "Hungary".
 * The languages read before are first, English first: where two languages give one word to two countries ("Kongo"), the first
 * one's reading stands.
 */
import type { LocaleData } from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import frNames from 'i18n-iso-countries/langs/fr.json';
import deNames from 'i18n-iso-countries/langs/de.json';
import esNames from 'i18n-iso-countries/langs/es.json';
import itNames from 'i18n-iso-countries/langs/it.json';
import nlNames from 'i18n-iso-countries/langs/nl.json';
import ptNames from 'i18n-iso-countries/langs/pt.json';
import afNames from 'i18n-iso-countries/langs/af.json';
import gaNames from 'i18n-iso-countries/langs/ga.json';
import msNames from 'i18n-iso-countries/langs/ms.json';
import daNames from 'i18n-iso-countries/langs/da.json';
import svNames from 'i18n-iso-countries/langs/sv.json';
import nbNames from 'i18n-iso-countries/langs/nb.json';
import fiNames from 'i18n-iso-countries/langs/fi.json';
import plNames from 'i18n-iso-countries/langs/pl.json';
import arNames from 'i18n-iso-countries/langs/ar.json';
import faNames from 'i18n-iso-countries/langs/fa.json';
import heNames from 'i18n-iso-countries/langs/he.json';
import hiNames from 'i18n-iso-countries/langs/hi.json';
import jaNames from 'i18n-iso-countries/langs/ja.json';
import koNames from 'i18n-iso-countries/langs/ko.json';
import ruNames from 'i18n-iso-countries/langs/ru.json';
import thNames from 'i18n-iso-countries/langs/th.json';
import zhNames from 'i18n-iso-countries/langs/zh.json';
import amNames from 'i18n-iso-countries/langs/am.json';
import azNames from 'i18n-iso-countries/langs/az.json';
import beNames from 'i18n-iso-countries/langs/be.json';
import bgNames from 'i18n-iso-countries/langs/bg.json';
import bnNames from 'i18n-iso-countries/langs/bn.json';
import brNames from 'i18n-iso-countries/langs/br.json';
import bsNames from 'i18n-iso-countries/langs/bs.json';
import caNames from 'i18n-iso-countries/langs/ca.json';
import csNames from 'i18n-iso-countries/langs/cs.json';
import cyNames from 'i18n-iso-countries/langs/cy.json';
import dvNames from 'i18n-iso-countries/langs/dv.json';
import elNames from 'i18n-iso-countries/langs/el.json';
import etNames from 'i18n-iso-countries/langs/et.json';
import euNames from 'i18n-iso-countries/langs/eu.json';
import glNames from 'i18n-iso-countries/langs/gl.json';
import haNames from 'i18n-iso-countries/langs/ha.json';
import hrNames from 'i18n-iso-countries/langs/hr.json';
import huNames from 'i18n-iso-countries/langs/hu.json';
import hyNames from 'i18n-iso-countries/langs/hy.json';
import idNames from 'i18n-iso-countries/langs/id.json';
import isNames from 'i18n-iso-countries/langs/is.json';
import kaNames from 'i18n-iso-countries/langs/ka.json';
import kkNames from 'i18n-iso-countries/langs/kk.json';
import kmNames from 'i18n-iso-countries/langs/km.json';
import kuNames from 'i18n-iso-countries/langs/ku.json';
import kyNames from 'i18n-iso-countries/langs/ky.json';
import ltNames from 'i18n-iso-countries/langs/lt.json';
import lvNames from 'i18n-iso-countries/langs/lv.json';
import mkNames from 'i18n-iso-countries/langs/mk.json';
import mlNames from 'i18n-iso-countries/langs/ml.json';
import mnNames from 'i18n-iso-countries/langs/mn.json';
import mrNames from 'i18n-iso-countries/langs/mr.json';
import mtNames from 'i18n-iso-countries/langs/mt.json';
import nnNames from 'i18n-iso-countries/langs/nn.json';
import noNames from 'i18n-iso-countries/langs/no.json';
import psNames from 'i18n-iso-countries/langs/ps.json';
import roNames from 'i18n-iso-countries/langs/ro.json';
import sdNames from 'i18n-iso-countries/langs/sd.json';
import skNames from 'i18n-iso-countries/langs/sk.json';
import slNames from 'i18n-iso-countries/langs/sl.json';
import soNames from 'i18n-iso-countries/langs/so.json';
import sqNames from 'i18n-iso-countries/langs/sq.json';
import srNames from 'i18n-iso-countries/langs/sr.json';
import swNames from 'i18n-iso-countries/langs/sw.json';
import taNames from 'i18n-iso-countries/langs/ta.json';
import tgNames from 'i18n-iso-countries/langs/tg.json';
import tkNames from 'i18n-iso-countries/langs/tk.json';
import trNames from 'i18n-iso-countries/langs/tr.json';
import ttNames from 'i18n-iso-countries/langs/tt.json';
import ugNames from 'i18n-iso-countries/langs/ug.json';
import ukNames from 'i18n-iso-countries/langs/uk.json';
import urNames from 'i18n-iso-countries/langs/ur.json';
import uzNames from 'i18n-iso-countries/langs/uz.json';
import viNames from 'i18n-iso-countries/langs/vi.json';

export const COUNTRY_NAME_LOCALES: readonly LocaleData[] = [
  enNames, frNames, deNames, esNames, itNames, nlNames, ptNames, afNames, gaNames, msNames,
  daNames, svNames, nbNames, fiNames, plNames, arNames, faNames, heNames, hiNames, jaNames,
  koNames, ruNames, thNames, zhNames, amNames, azNames, beNames, bgNames, bnNames, brNames,
  bsNames, caNames, csNames, cyNames, dvNames, elNames, etNames, euNames, glNames, haNames,
  hrNames, huNames, hyNames, idNames, isNames, kaNames, kkNames, kmNames, kuNames, kyNames,
  ltNames, lvNames, mkNames, mlNames, mnNames, mrNames, mtNames, nnNames, noNames, psNames,
  roNames, sdNames, skNames, slNames, soNames, sqNames, srNames, swNames, taNames, tgNames,
  tkNames, trNames, ttNames, ugNames, ukNames, urNames, uzNames, viNames,
];
