// Word frequencies of Teixit's own texts: the 600 commonest words of each language with their counts,
// extracted once from content/ (front-matter text and Markdown bodies, at commit 9a671f7) by a throwaway
// script. Fixed here so that synthetic text keeps the shape of real text whatever content/ becomes.
export const WORDS: Record<'ca' | 'es' | 'en' | 'eu', string> = {
  ca:
    'i 2099 de 1859 la 1092 a 981 que 979 el 905 les 769 per 640 un 615 en 612 una 577 amb 563 els 467 no 387 ' +
    'del 386 es 369 o 342 què 327 com 305 hi 268 és 235 barri 200 quan 200 al 196 qui 193 grup 190 persones 167 ' +
    'grups 159 cada 157 ha 155 entitats 147 projectes 145 vol 139 fer 135 iniciatives 128 dels 125 més 120 pla 118 ' +
    'social 118 entre 114 si 114 espais 109 territori 101 districte 100 als 96 l\'ess 96 tres 94 d\'una 92 ciutat 88 ' +
    'comunitària 88 només 88 abans 87 d\'un 86 ja 81 recursos 80 cal 79 sense 79 perquè 78 sessió 78 barcelona 76 ' +
    'també 76 dues 75 fa 75 barris 74 sobre 74 té 74 trobada 73 se 72 suport 72 ho 71 pot 69 espai 67 on 67 ' +
    'persona 67 projecte 67 feu 66 mètode 66 xarxa 66 necessitats 65 serveis 64 mapa 62 comunitàries 60 mercat 60 ' +
    'veïnat 60 capítol 59 mesura 58 aquest 57 teixit 57 manera 56 coproducció 55 l\'equip 55 d\'ess 54 ' +
    'professionals 54 són 54 comunitaris 53 acció 51 des 51 cultura 50 d\'impuls 49 decideix 49 gestió 49 lo 49 ' +
    'quins 49 seva 49 l\'espai 48 part 48 quatre 48 servei 48 ne 47 nous 47 solidària 47 territorial 47 ' +
    'districtes 46 lloc 44 valor 44 dir 43 l\'administració 43 pràctica 43 pregunta 43 seguiment 43 cap 42 ' +
    'criteris 42 donar 42 línia 42 públic 42 barakaldo 41 coneixement 41 los 41 sessions 41 activitats 40 ' +
    'referència 40 dades 39 l\'acció 39 primer 39 agents 38 calendari 38 equipament 38 fan 38 paper 38 temps 38 ' +
    'després 37 dos 37 fitxa 37 gent 37 l\'equipament 37 servir 37 objectiu 36 quines 36 relacions 36 xarxes 36 ' +
    'comunitat 35 l\'acord 35 participants 35 plans 35 seu 35 hores 34 mateix 34 minuts 34 regles 34 tècnic 34 ' +
    'tenen 34 desenvolupament 33 gran 33 obert 33 procés 33 taula 33 altres 32 canvi 32 culturals 32 han 32 ' +
    'continuar 31 dins 31 dona 31 emblemàtics 31 energies 31 equipaments 31 li 31 llista 31 cultural 30 ' +
    'decisions 30 diversos 30 feina 30 fora 30 mesos 30 reforçar 30 retorn 30 taller 30 aquesta 29 cases 29 ' +
    'centres 29 cívics 29 compartit 29 conversa 29 durant 29 formació 29 informals 29 iniciativa 29 preguntes 29 ' +
    'primera 29 prioritats 29 professional 29 programa 29 relats 29 surt 29 col·lectius 28 comissió 28 impulsar 28 ' +
    'mateixa 28 model 28 acord 27 horaris 27 propostes 27 s\'hi 27 saber 27 totes 27 eix 26 escrit 26 l\'eix 26 ' +
    'poden 26 resultats 26 revisió 26 seves 26 veu 26 accions 25 activitat 25 compartir 25 d\'energies 25 demana 25 ' +
    'diagnosi 25 disseny 25 document 25 exemple 25 informació 25 l\'economia 25 mapatge 25 pel 25 recull 25 ' +
    'referent 25 s\'ha 25 arribar 24 ciutadania 24 conèixer 24 d\'ús 24 diversitat 24 ni 24 personal 24 proximitat 24 ' +
    'setmanes 24 tercer 24 territorialització 24 aconseguir 23 acordeu 23 actuacions 23 breu 23 d\'espais 23 ' +
    'decisió 23 està 23 noves 23 partir 23 real 23 sigui 23 temes 23 tothom 23 veus 23 decidir 22 deixeu 22 dia 22 ' +
    'diverses 22 generar 22 hora 22 informal 22 l\'ajuntament 22 marc 22 mètodes 22 motor 22 necessita 22 ningú 22 ' +
    'proposa 22 resultat 22 sector 22 sempre 22 sovint 22 treball 22 volen 22 aprendre 21 avaluació 21 bé 21 ' +
    'centre 21 cinc 21 contactes 21 difusió 21 encaixa 21 entitat 21 equip 21 forma 21 objectius 21 però 21 ' +
    'programació 21 s\'han 21 ser 21 sis 21 tant 21 comú 20 coproduir 20 d\'actius 20 d\'economia 20 debat 20 ' +
    'diferents 20 formal 20 línies 20 quin 20 ronda 20 sales 20 seus 20 tots 20 acompanyar 19 ajuda 19 aules 19 ' +
    'cas 19 començar 19 compromisos 19 comunitari 19 conjuntament 19 crear 19 indicadors 19 intercooperació 19 ' +
    'local 19 material 19 obrir 19 tot 19 alhora 18 convideu 18 elles 18 full 18 l\'aprenentatge 18 l\'estratègia 18 ' +
    'millor 18 posar 18 sinó 18 sociocomunitària 18 vida 18 visible 18 conflictes 17 consentiment 17 definir 17 ' +
    'econòmic 17 econòmica 17 encara 17 expliqueu 17 impulsor 17 locals 17 mateixes 17 muntanya 17 nom 17 ' +
    'participativa 17 porta 17 pressupost 17 selecció 17 sola 17 unes 17 cívic 16 colors 16 construir 16 ' +
    'd\'entitats 16 definició 16 demaneu 16 dinàmiques 16 facilitació 16 format 16 idea 16 interessos 16 mitiga 16 ' +
    'pàgina 16 planificació 16 promoure 16 recolliu 16 reconèixer 16 segona 16 tasques 16 uns 16 va 16 ' +
    'variacions 16 vetlla 16 això 15 altra 15 associació 15 associacions 15 base 15 conflicte 15 connectar 15 ' +
    'créixer 15 data 15 desigualtats 15 ells 15 entrevistes 15 estratègia 15 facilita 15 finançament 15 fixeu 15 ' +
    'funciona 15 l\'objectiu 15 ofereix 15 participació 15 prou 15 públics 15 punt 15 relat 15 respostes 15 ' +
    'serveix 15 tècnica 15 tipus 15 altre 14 aquests 14 capacitat 14 cicle 14 compartida 14 conjunt 14 deixar 14 ' +
    'enfortir 14 explica 14 guia 14 l\'avaluació 14 marge 14 minoritàries 14 municipal 14 pioners 14 plantilla 14 ' +
    'principi 14 punts 14 qualsevol 14 recollir 14 se\'n 14 tema 14 tota 14 visibles 14 administració 13 afavorir 13 ' +
    'afegit 13 ajudar 13 algú 13 anoteu 13 any 13 busca 13 ciutadana 13 clar 13 comerços 13 concreta 13 ' +
    'concretes 13 connexions 13 contacte 13 coordinació 13 costat 13 d\'acord 13 dates 13 divergents 13 fases 13 ' +
    'fet 13 final 13 franges 13 jurídica 13 menys 13 moment 13 oberta 13 participa 13 pregunteu 13 preparar 13 ' +
    'prevista 13 producció 13 programàtiques 13 reals 13 residents 13 resoldre 13 retoladors 13 segons 13 ' +
    'sostenibilitat 13 suposem 13 targetes 13 treballa 13 acollidor 12 alguna 12 aporta 12 conclusions 12 ' +
    'concrets 12 confiança 12 cooperatiu 12 cura 12 d\'acció 12 directori 12 eines 12 estan 12 existeixen 12 farà 12 ' +
    'fase 12 formals 12 importa 12 jornada 12 l\'acompanyament 12 l\'agenda 12 matriu 12 metodologia 12 mitja 12 ' +
    'mostra 12 parlar 12 pas 12 passa 12 petits 12 poc 12 prepareu 12 principis 12 promoció 12 pública 12 quedi 12 ' +
    'reconeix 12 respon 12 responsable 12 retornar 12 reviseu 12 sabers 12 sala 12 sants 12 sol 12 valors 12 ' +
    'veïns 12 versió 12 acollir 11 acords 11 algunes 11 aporten 11 cadascun 11 can 11 clau 11 comerç 11 conjunta 11 ' +
    'convé 11 cooperasec 11 coòpolis 11 cosa 11 d\'entrada 11 decideixen 11 detectar 11 escala 11 experiències 11 ' +
    'falta 11 font 11 general 11 grans 11 intercanvis 11 iv 11 l\'activitat 11 l\'actuació 11 llocs 11 mediació 11 ' +
    'notes 11 parteix 11 participen 11 parts 11 pere 11 petites 11 picó 11 podria 11 potencialitats 11 proposta 11 ' +
    'siguin 11 sobretot 11 tallers 11 territorials 11 usos 11 van 11 veïnes 11 vos 11 acorda 10 activa 10 ' +
    'adaptar 10 apareix 10 après 10 arts 10 associacionisme 10 associativa 10 associatives 10 avaluar 10 camí 10 ' +
    'canals 10 col·lectiu 10 concret 10 condicions 10 consulta 10 d\'activitats 10 debò 10 desacords 10 ' +
    'diagnòstic 10 dissenyar 10 entendre 10 expliquen 10 formats 10 formen 10 gomets 10 il·lustrar 10 inclou 10 ' +
    'límits 10 molt 10',
  es:
    'de 2556 y 1993 la 1323 el 1214 que 1108 en 828 a 743 un 686 las 673 una 631 los 621 con 583 se 575 para 470 ' +
    'del 415 qué 391 no 372 o 350 por 243 es 221 barrio 202 grupo 191 cuando 190 lo 190 cada 180 personas 175 ' +
    'al 164 como 164 entidades 163 grupos 159 cómo 149 proyectos 145 quién 137 espacios 131 iniciativas 131 ' +
    'espacio 119 social 119 entre 118 hay 116 si 109 más 108 su 107 dos 106 plan 105 distrito 101 quiere 101 ' +
    'territorio 98 tres 95 solo 93 antes 89 e 88 ciudad 87 hace 86 hacer 84 sobre 82 recursos 80 ya 80 sin 79 ' +
    'sesión 78 también 78 acción 77 equipamiento 77 barcelona 76 equipo 76 acuerdo 75 encuentro 74 puede 68 ' +
    'tiene 68 proyecto 67 método 66 red 66 servicios 66 necesidades 65 ha 64 sus 63 barrios 62 mapa 62 ' +
    'comunitaria 61 capítulo 59 persona 59 parte 58 vecindario 58 administración 56 coproducción 56 medida 56 ' +
    'profesionales 54 comunitarios 53 desde 53 comunitàries 52 economía 52 energies 52 objetivo 51 trabajo 51 ' +
    'actividades 50 gestión 50 mercado 50 cultura 49 han 49 cuatro 48 decide 48 impulso 48 servicio 48 uno 48 ' +
    'nuevos 47 solidaria 47 territorial 47 apoyo 46 todo 46 este 45 haced 45 distritos 44 evaluación 44 son 44 ' +
    'valor 44 forma 43 pregunta 43 público 43 seguimiento 43 agentes 42 criterios 42 línea 42 práctica 42 tejido 42 ' +
    'barakaldo 41 conocimiento 41 falta 41 actividad 40 calendario 40 horas 40 referencia 40 sesiones 40 datos 39 ' +
    'eje 38 papel 38 quien 38 tiempo 38 está 37 ficha 37 redes 36 relaciones 36 técnico 36 comunidad 35 ' +
    'culturales 35 diagnóstico 35 estrategia 35 lugar 35 minutos 34 uso 34 abierto 33 cambio 33 equipamientos 33 ' +
    'planes 33 proceso 33 después 32 emblemáticos 32 gente 32 participantes 32 compartido 31 donde 31 durante 31 ' +
    'lista 31 reforzar 31 reglas 31 acció 30 casas 30 centros 30 cívicos 30 común 30 comunitària 30 cultural 30 ' +
    'fuera 30 impulsar 30 meses 30 programa 30 seguir 30 significa 30 taller 30 acciones 29 conversación 29 ' +
    'decisiones 29 desarrollo 29 él 29 formación 29 información 29 informales 29 iniciativa 29 mesa 29 preguntas 29 ' +
    'prioridades 29 relatos 29 tienen 29 aprendizaje 28 colectivos 28 comisión 28 dónde 28 horarios 28 modelo 28 ' +
    'primera 28 vez 28 acogida 27 activos 27 dentro 27 escrito 27 les 27 profesional 27 propuestas 27 saber 27 ' +
    'aulas 26 ayuntamiento 26 devolución 26 otros 26 proximidad 26 resultados 26 todas 26 acompañamiento 25 ' +
    'centro 25 diseño 25 documento 25 ejemplo 25 mapeo 25 otro 25 personal 25 pueden 25 quienes 25 revisión 25 ' +
    'aprender 24 ciudadanía 24 da 24 debe 24 diversidad 24 hacen 24 hora 24 informal 24 le 24 llegar 24 necesita 24 ' +
    'ni 24 propio 24 recoge 24 resultado 24 semanas 24 acordad 23 actuación 23 actuaciones 23 breve 23 ' +
    'comunitario 23 decisión 23 entidad 23 grande 23 nuevas 23 partir 23 programación 23 real 23 temas 23 tercer 23 ' +
    'voces 23 bien 22 conseguir 22 dejad 22 encaja 22 esta 22 están 22 generar 22 intercooperación 22 marco 22 ' +
    'métodos 22 mismo 22 nadie 22 primer 22 propone 22 sector 22 siempre 22 año 21 compartir 21 contactos 21 ' +
    'decidir 21 día 21 ellos 21 i 21 junto 21 mejor 21 motor 21 mundo 21 obtiene 21 pero 21 sea 21 seis 21 tanto 21 ' +
    'todos 21 vida 21 ayuda 20 cinco 20 debate 20 formal 20 indicadores 20 líneas 20 misma 20 modo 20 objetivos 20 ' +
    'otras 20 quieren 20 referente 20 ronda 20 salas 20 territorialització 20 abrir 19 apoyar 19 compromisos 19 ' +
    'coproducir 19 crear 19 dar 19 diversos 19 eix 19 empezar 19 local 19 material 19 menudo 19 sí 19 ' +
    'sociocomunitaria 19 caso 18 conocer 18 cuenta 18 ese 18 menos 18 ofrece 18 participan 18 principio 18 sino 18 ' +
    'visible 18 asociación 17 colores 17 comunes 17 conflictos 17 consentimiento 17 definición 17 difusión 17 ' +
    'económica 17 impulsor 17 intereses 17 locales 17 nombre 17 porque 17 presupuesto 17 promover 17 selección 17 ' +
    'ser 17 sola 17 unas 17 unos 17 voz 17 acceso 16 asociacionismo 16 cívico 16 dinámicas 16 económico 16 ' +
    'existen 16 facilitación 16 hoja 16 idea 16 intercambios 16 mitiga 16 página 16 pide 16 pla 16 planificación 16 ' +
    'propias 16 públicos 16 segunda 16 tareas 16 teixit 16 tema 16 variaciones 16 asociaciones 15 concreta 15 ' +
    'conflicto 15 conviene 15 cualquier 15 desigualdades 15 ejecución 15 entrevistas 15 escala 15 experiencia 15 ' +
    'facilita 15 fecha 15 financiación 15 funciona 15 guía 15 margen 15 participación 15 poco 15 poner 15 ' +
    'primero 15 propia 15 punto 15 recoged 15 relato 15 respuestas 15 sirve 15 agenda 14 busca 14 capacidad 14 ' +
    'ciclo 14 construir 14 contacto 14 coordinación 14 diversas 14 ella 14 ellas 14 explicad 14 fijad 14 invitad 14 ' +
    'minoritarias 14 municipal 14 pioneros 14 plantilla 14 preguntad 14 puntos 14 técnica 14 territoriales 14 ' +
    'abierta 13 acompañar 13 alguien 13 añadido 13 aporta 13 aprendido 13 base 13 borrador 13 ciudadana 13 claro 13 ' +
    'comercios 13 concretas 13 conexiones 13 conjunto 13 crecer 13 deciden 13 entrada 13 esa 13 fechas 13 final 13 ' +
    'formato 13 franjas 13 importa 13 jornada 13 jurídica 13 lleva 13 momento 13 montaña 13 otra 13 partes 13 ' +
    'preparar 13 prevista 13 producción 13 programáticas 13 reales 13 residentes 13 rotuladores 13 según 13 ' +
    'sostenibilidad 13 supongamos 13 tarjetas 13 trabaja 13 usos 13 vecinas 13 acoge 12 artes 12 barris 12 ' +
    'colectivo 12 compartida 12 conclusiones 12 concretos 12 conectar 12 confianza 12 conjunta 12 dejar 12 ' +
    'directorio 12 fase 12 fases 12 favorecer 12 formales 12 forman 12 fortalecer 12 influencia 12 matriz 12 ' +
    'media 12 metodología 12 muestra 12 ningún 12 oferta 12 pegatinas 12 pequeños 12 podría 12 preparad 12 ' +
    'principios 12 promoción 12 reconoce 12 responsable 12 saberes 12 sala 12 sants 12 suelen 12 trabajan 12 ' +
    'valores 12 vecinos 12 versión 12 visibles 12 accesibilidad 11 acuerdos 11 algunas 11 anotad 11 aportan 11 ' +
    'ayudar 11 can 11 clave 11 comercio 11 conecta 11 cooperasec 11 cooperatiu 11 coòpolis 11 definir 11 ' +
    'detectar 11 estos 11 experiencias 11 explica 11 fuente 11 hablar 11 hacia 11 hecho 11 herramientas 11 ' +
    'impuls 11 inspiración 11 iv 11 juntos 11 lugares 11 mediación 11 mercat 11 mismas 11 notas 11 pedid 11 ' +
    'pequeñas 11 pere 11 picó 11 potencialidades 11 propuesta 11 recoger 11 reconocer 11 responde 11 respuesta 11 ' +
    'talleres 11 toda 11 usan 11 varios 11 acompaña 10 acuerda 10 algo 10 asociativa 10 asociativas 10 camino 10 ' +
    'canales 10 condiciones 10 consulta 10 cuida 10 desacuerdos 10 diseñar 10 distintos 10 entender 10 evaluar 10 ' +
    'general 10 grandes 10 ilustrar 10 marcha 10 mediante 10 mesas 10 normas 10 participativa 10 priorizar 10 ' +
    'problemas 10 proponer 10 pública 10 puedan 10 queda 10 quede 10 reruralización 10 reservad 10 resolver 10 ' +
    'reunión 10 sean 10 semana 10 significativo 10 siguiente 10 temporada 10 tipo 10 toman 10 trabajar 10 urbana 10 ' +
    'útil 10 varias 10 ver 10 verdad 10 vía 10 visuales 10',
  en:
    'the 2622 and 2010 a 1205 to 1064 of 830 in 535 it 499 for 486 is 478 with 457 that 433 what 391 or 353 on 277 ' +
    'community 234 not 228 an 224 are 212 as 198 group 198 people 195 from 194 groups 193 one 192 when 192 who 186 ' +
    'how 183 neighbourhood 182 them 178 each 162 they 159 projects 145 can 141 its 139 out 138 organisations 133 ' +
    'at 132 by 130 initiatives 130 which 130 plan 129 social 127 local 122 you 120 has 118 be 113 two 110 this 109 ' +
    'up 109 district 105 shared 105 needs 103 space 103 support 98 their 96 three 95 action 94 have 90 will 90 ' +
    'residents 87 do 85 first 85 open 85 new 84 so 83 work 83 spaces 82 there 81 resources 79 session 79 before 77 ' +
    'city 77 public 77 together 75 agreement 71 through 71 cultural 70 where 70 facility 69 services 68 map 67 ' +
    'method 67 network 67 team 67 about 66 already 66 part 66 only 64 own 64 time 64 activities 60 associations 60 ' +
    'does 60 over 60 take 60 decisions 59 make 59 project 59 area 58 civic 58 economy 57 energies 57 if 57 ' +
    'neighbourhoods 57 programme 57 know 56 use 56 agree 54 between 54 informal 54 measure 54 sse 54 ' +
    'coproduction 53 council 53 more 53 reference 53 comunitàries 52 management 52 set 52 than 52 change 51 ' +
    'chapter 51 territorial 51 without 51 also 49 every 49 room 49 solidarity 49 four 48 into 48 same 48 share 48 ' +
    'market 47 other 47 service 47 way 47 back 46 barcelona\'s 46 knowledge 46 learning 46 evaluation 45 ' +
    'gathering 45 question 45 review 45 short 45 start 45 those 45 value 45 culture 44 impulse 44 means 44 ' +
    'meeting 44 rules 44 whether 44 sets 43 activity 42 data 42 help 42 no 42 practice 42 ask 41 criteria 41 ' +
    'sessions 41 wants 41 barcelona 40 such 40 want 39 bring 38 de 38 form 38 run 38 socio 38 actions 37 hour 37 ' +
    'plans 37 steering 37 development 36 list 36 participants 36 small 36 decide 35 formal 35 keep 35 real 35 ' +
    'strategy 35 all 34 axis 34 been 34 but 34 diagnosis 34 districts 34 hold 34 host 34 made 34 questions 34 ' +
    'relationships 34 would 34 design 33 itself 33 meet 33 most 33 practitioners 33 process 33 stories 33 ' +
    'another 32 come 32 day 32 learn 32 makes 32 table 32 agreed 31 fabric 31 sheet 31 acció 30 check 30 clear 30 ' +
    'comunitària 30 economic 30 everyone 30 facilities 30 information 30 making 30 priorities 30 results 30 ' +
    'visible 30 within 30 working 30 workshop 30 any 29 co 29 could 29 emblematic 29 often 29 technical 29 write 29 ' +
    'barakaldo 28 centres 28 different 28 houses 28 mapping 28 minutes 28 months 28 need 28 place 28 promote 28 ' +
    'training 28 follow 27 invite 27 production 27 report 27 specific 27 urban 27 centre 26 down 26 get 26 ' +
    'produce 26 rather 26 staff 26 works 26 achieve 25 agents 25 build 25 cannot 25 explain 25 hours 25 ' +
    'initiative 25 just 25 many 25 online 25 sector 25 weeks 25 aims 24 association 24 classrooms 24 common 24 ' +
    'legal 24 move 24 offer 24 once 24 page 24 person 24 places 24 proposals 24 third 24 why 24 year 24 based 23 ' +
    'calendar 23 decision 23 document 23 fits 23 go 23 i 23 involve 23 ones 23 opening 23 organisation 23 paper 23 ' +
    'planning 23 recognise 23 rooms 23 second 23 several 23 single 23 then 23 administration 22 among 22 ' +
    'committee 22 conversation 22 decides 22 intercooperation 22 keeps 22 methods 22 model 22 networks 22 offers 22 ' +
    'outside 22 point 22 premises 22 record 22 round 22 voices 22 whom 22 asset 21 contacts 21 debate 21 ' +
    'facilitator 21 five 21 line 21 lines 21 six 21 story 21 supporting 21 takes 21 themselves 21 because 20 ' +
    'better 20 both 20 concrete 20 date 20 goal 20 indicators 20 non 20 professionals 20 say 20 see 20 ' +
    'strengthening 20 territorialització 20 carry 19 eix 19 feedback 19 find 19 frame 19 group\'s 19 interests 19 ' +
    'planned 19 prepare 19 reach 19 skills 19 someone 19 template 19 uses 19 writing 19 access 18 after 18 ' +
    'commitments 18 definition 18 guide 18 instead 18 monitoring 18 next 18 role 18 runs 18 shops 18 should 18 ' +
    'simple 18 slots 18 source 18 stage 18 strengthen 18 taking 18 these 18 times 18 topics 18 well 18 aim 17 ' +
    'associative 17 budget 17 city\'s 17 consent 17 end 17 existing 17 give 17 gives 17 good 17 helps 17 ' +
    'including 17 large 17 minority 17 note 17 organise 17 participatory 17 per 17 selection 17 some 17 sure 17 ' +
    'timetable 17 was 17 while 17 answers 16 case 16 close 16 example 16 exist 16 hand 16 involved 16 later 16 ' +
    'link 16 minute 16 mitigate 16 must 16 needed 16 never 16 sharing 16 shows 16 tasks 16 useful 16 variations 16 ' +
    'actors 15 always 15 anyone 15 area\'s 15 asks 15 conflict 15 define 15 disagreements 15 grow 15 idea 15 ' +
    'influence 15 jointly 15 learned 15 like 15 look 15 nobody 15 notes 15 peri 15 pioneering 15 pla 15 policy 15 ' +
    'present 15 range 15 show 15 starts 15 teixit 15 tools 15 under 15 against 14 barris 14 become 14 building 14 ' +
    'care 14 comes 14 doing 14 emerge 14 ends 14 enough 14 exchanges 14 experience 14 key 14 known 14 others 14 ' +
    'promotion 14 resident 14 result 14 setting 14 starting 14 territory 14 added 13 asking 13 barakaldo\'s 13 ' +
    'being 13 call 13 connect 13 connections 13 contact 13 council\'s 13 dates 13 dissenting 13 diverse 13 ' +
    'diversity 13 draft 13 gather 13 goes 13 hosts 13 interviews 13 last 13 least 13 markers 13 methodology 13 ' +
    'name 13 neighbourhood\'s 13 objectives 13 organising 13 personal 13 possible 13 programming 13 references 13 ' +
    'seeks 13 step 13 suppose 13 sustainability 13 taken 13 too 13 towards 13 values 13 visual 13 wall 13 agenda 12 ' +
    'agrees 12 alongside 12 around 12 body 12 cards 12 choose 12 citywide 12 collective 12 conclusions 12 ' +
    'directory 12 draw 12 encouraging 12 equipment 12 experiences 12 format 12 foster 12 funding 12 identify 12 ' +
    'inspiration 12 joint 12 level 12 matrix 12 mixed 12 objective 12 potential 12 principles 12 professional 12 ' +
    'read 12 reinforce 12 sants 12 significant 12 turn 12 understand 12 venues 12 welcome 12 agreements 11 arts 11 ' +
    'audiences 11 available 11 boost 11 brings 11 business 11 changes 11 classroom 11 conditions 11 cooperasec 11 ' +
    'cooperatiu 11 coòpolis 11 core 11 create 11 creating 11 decided 11 done 11 financial 11 flagship 11 forms 11 ' +
    'given 11 giving 11 going 11 ground 11 importa 11 impuls 11 include 11 inequalities 11 iv 11 leave 11 left 11 ' +
    'let 11 life 11 mark 11 meant 11 mediation 11 membership 11 mercat 11 month 11 much 11 names 11 ninety 11 ' +
    'pere 11 picó 11 practical 11 practitioner 11',
  eu:
    'eta 615 da 162 du 162 ez 153 bat 119 proiektu 71 nahi 67 edo 65 kultur 64 lurralde 59 zer 58 ditu 53 duen 52 ' +
    'ere 49 gizarte 49 egiten 48 auzo 44 duten 44 ekintza 40 dira 39 comunitàries 38 energies 38 bartzelonako 37 ' +
    'parte 36 komunitate 35 planaren 34 behar 31 profesionalentzat 31 elkarte 30 hartzen 30 berriak 29 den 29 ' +
    'hiriko 29 erreferente 28 esan 28 gune 28 indartzea 28 nola 28 praktikan 28 sozial 28 batek 27 de 27 ' +
    'ekonomia 26 etxeen 26 laguntzea 26 proiektuak 26 sustatzeko 26 batean 25 diren 25 lan 25 artean 24 ' +
    'barakaldoko 23 honek 23 izan 23 planak 23 bakarrik 22 hiri 22 batera 21 ematen 21 helburu 21 komunitarioa 21 ' +
    'daitezen 20 dituen 20 ekipamendu 20 gisa 20 jarduerak 20 proiektuaren 20 beste 19 garapen 19 programa 19 ' +
    'sortzea 19 baliabideak 18 barruti 18 dute 18 zerbitzu 18 batetik 17 bi 17 bultzatzea 17 egin 17 ' +
    'enblematikoak 17 erreferentziako 17 essko 17 gabe 17 haren 17 kudeaketa 17 baino 16 bultzatzeko 16 dagoen 16 ' +
    'egitea 16 essa 16 neurriak 16 solidarioa 16 talde 16 acció 15 bartzelona 15 bere 15 bertan 15 eix 15 ekimen 15 ' +
    'hiru 15 nork 15 sarearen 15 zerbitzuak 15 beren 14 comunitària 14 dena 14 guneak 14 hori 14 hurbileko 14 ' +
    'ikaskuntza 14 jasotzen 14 lurraldeko 14 modu 14 zerrenda 14 askotan 13 baita 13 balio 13 barrutietako 13 ' +
    'baten 13 berean 13 ekintzak 13 elkarrekin 13 ezagutza 13 hirugarren 13 horiek 13 i 13 koprodukzioa 13 ' +
    'laguntza 13 profesional 13 sustatzea 13 zeregina 13 aldi 12 arteko 12 bera 12 buruzko 12 dauden 12 dituzten 12 ' +
    'ematea 12 essren 12 estrategia 12 helburua 12 ikasi 12 jarduera 12 kultura 12 lau 12 merkatu 12 ra 12 ' +
    'sareak 12 sortzen 12 territorialització 12 tik 12 zein 12 aurretik 11 barrutia 11 bateko 11 beharrean 11 ' +
    'dezaten 11 dituzte 11 harrera 11 laguntzen 11 lekua 11 sants 11 soziala 11 aitzindariak 10 ardatz 10 baina 10 ' +
    'balioa 10 barrutiko 10 batentzat 10 batez 10 can 10 cooperasec 10 cooperatiu 10 coòpolis 10 dago 10 egiteko 10 ' +
    'ekimenak 10 erraztea 10 haien 10 harreman 10 importa 10 impuls 10 informala 10 iv 10 jartzen 10 kapituluak 10 ' +
    'lehen 10 lotzen 10 mercat 10 non 10 pere 10 picó 10 teixiten 10 zerbitzua 10 ardatza 9 aukera 9 aurreikusita 9 ' +
    'auzoko 9 baizik 9 barrutietan 9 batekin 9 beraz 9 bizi 9 denean 9 ekimenei 9 erabakiak 9 erakunde 9 essaren 9 ' +
    'ezagutzen 9 gehiago 9 harremanak 9 ildo 9 inguruko 9 inspirazio 9 komunitarioari 9 neurriaren 9 pla 9 barris 8 ' +
    'bitartean 8 dagoeneko 8 die 8 dutenak 8 egoitza 8 elkarren 8 elkarteek 8 eragile 8 eskatzen 8 espazioak 8 ' +
    'etxe 8 fitxa 8 formala 8 gertatzen 8 haiek 8 hala 8 har 8 hartzea 8 hau 8 hirian 8 informazioa 8 iturriak 8 ' +
    'izateak 8 lehentasunak 8 lurralderatzea 8 mailako 8 multzoa 8 plana 8 planean 8 politika 8 proiektuekin 8 ' +
    'publiko 8 taldeak 8 taldeek 8 abiatuta 7 alde 7 amaitzen 7 aniztasuna 7 argi 7 auzoetan 7 azaltzen 7 bai 7 ' +
    'batzuek 7 berak 7 bidez 7 bigarren 7 dadin 7 dion 7 duena 7 duenean 7 ehun 7 elkartegintza 7 enblematikoei 7 ' +
    'eredu 7 gidatzen 7 herritarren 7 izatea 7 kapituluko 7 lana 7 neurria 7 pertsona 7 proiektuari 7 publikoa 7 ' +
    'publikoak 7 soziokomunitario 7 arte 6 auzoentzat 6 bakoitzak 6 barakaldon 6 barruan 6 beraren 6 bertatik 6 ' +
    'bultzatu 6 bultzatzen 6 buruz 6 culturales 6 daraman 6 dinamikak 6 dituenean 6 ditzaten 6 erabakitzen 6 ' +
    'erakundeek 6 erreferentzia 6 erreferentziazko 6 eskaintzen 6 eten 6 forma 6 galdera 6 guneen 6 guztion 6 ' +
    'hasi 6 hitz 6 ikuspegi 6 ildoa 6 itxia 6 jakin 6 kapituluan 6 kapituluaren 6 koprodukzio 6 metodologia 6 ' +
    'norberaren 6 ongi 6 partekatzen 6 pertsonek 6 planekin 6 prestakuntza 6 prozesua 6 puntuekin 6 sortu 6 ' +
    'sortutako 6 tresnak 6 udal 6 zerbitzuek 6 administrazioak 5 agertzen 5 aipatzen 5 antolatzen 5 arabera 5 ' +
    'aurreikusten 5 badira 5 bakoitzaren 5 bakoitzean 5 baldintzak 5 baliagarria 5 barcelona 5 bereganatu 5 bidea 5 ' +
    'bihurtzen 5 biltzen 5 birruralizazioa 5 daiteke 5 dator 5 desberdinak 5 desberdinen 5 direnean 5 ehuna 5 ' +
    'ehunetik 5 ekipamenduak 5 ekoizten 5 enblematiko 5 erakundeak 5 errespetatuz 5 esperientziak 5 etxea 5 ' +
    'ezagutu 5 eztabaida 5 garatu 5 gauza 5 gauzatzea 5 geratzen 5 giza 5 guztietan 5 hasieratik 5 helburuak 5 ' +
    'helburutzat 5 herritarrak 5 hiriaren 5 hobeto 5 horien 5 horrek 5 horren 5 hutsa 5 indartu 5 indartzen 5 ' +
    'irekitzen 5 iturri 5 izena 5 jarduten 5 jaso 5 jendea 5 kohesioa 5 komunitarioan 5 komunitateak 5 lankidetza 5 ' +
    'lehendik 5 leku 5 metodologikoa 5 muntanya 5 nor 5 normalean 5 ondo 5 pertsonen 5 plan 5 planetan 5 ' +
    'proiektuei 5 prozesuak 5 saihesten 5 sare 5 sor 5 sustatu 5 topaketa 5 udaleko 5 udalerria 5 zehazten 5 zerk 5 ' +
    'abiatzen 4 activak 4 adibide 4 administrazioa 4 ahal 4 ahaleginak 4 aholkua 4 aitortu 4 anitzak 4 arteak 4 ' +
    'asko 4 auzoa 4 auzotarrek 4 bada 4 bakar 4 barne 4 bati 4 batzuetan 4 berez 4 bezala 4 bide 4 bizitza 4 ' +
    'burua 4 daude 4 definitzeko 4 desberdintasun 4 dinamizazioa 4 dio 4 dituenak 4 eginez 4 egon 4 egutegia 4 ek 4 ' +
    'ekipamendua 4 elkarteak 4 elkarteei 4 erabilera 4 erabiltzen 4 eragileen 4 eraikitzea 4 erakundeekin 4 ' +
    'eraman 4 errotzea 4 esku 4 eszenikoak 4 etxeak 4 etxek 4 funtzionatzen 4 gidan 4 gonbidatzen 4 gunea 4 ' +
    'haiekin 4 hartzaileen 4 herritarrei 4 herritarrek 4 horretan 4 hura 4 hutsetik 4 identifikatzea 4 ikasgelak 4 ' +
    'ikasgelen 4 ikus 4 ildoetako 4 indartzeko 4 iristen 4 irudikatzen 4 izateko 4 jarduketa 4 jarduketak 4 ' +
    'jartzea 4 joan 4 kapitulu 4 kapitulua 4 komuna 4 komunitarioak 4 komunitatea 4 konektatzea 4 koprodukzioaren 4 ' +
    'koproduzitzea 4 loturak 4 lurraldea 4 maila 4 metodo 4 metodologian 4 neurri 4 norekin 4 ohiko 4 ondoren 4 ' +
    'oro 4 partekatzea 4 pertsonak 4 proiektua 4 proiektuen 4 proposamen 4 proposatu 4 rako 4 sarbide 4 sektorea 4 ' +
    'solidarioaren 4 soziokomunitariotik 4 sustatzen 4 teixitek 4 testuinguru 4 uztea 4 uzten 4 zabaltzea 4 ' +
    'zabaltzeko 4 zaintzen 4 zati 4 zehatzak 4 zerbait 4 zerbitzuetako 4 zergatik 4 a 3 aberastasuntzat 3 ' +
    'adibideetako 3 adostu 3 ahalduntzea 3 ahots 3 aitortzea 3 aitzindaria 3 aitzindarietako 3 antolatua 3 ' +
    'antolatzeko 3 apustu 3 arau 3 askok 3 aulas 3 aurka 3 aurre 3 aurrez 3 auzoari 3 auzoei 3 auzoentzako 3 ' +
    'auzotar 3 azpikultura 3 bakoitza 3 baldintza 3 baliabide 3 baliabiderekin 3 baloratzen 3 barrutietara 3 ' +
    'bartzelonan 3 begiratu 3 beharren 3 benetako 3 bereizten 3 berrikuntza 3 bertako 3 besteak 3 bost 3 ' +
    'daitezkeen 3 definitu 3 definizioa 3 dezakeenagatik 3 diezaiekeen 3 dinamizatzea 3 diseinua 3 duenagatik 3 ' +
    'duenarentzat 3 dutenean 3 ebaluazioa 3 egilea 3 egokitzea 3 egokitzen 3 ekar 3 ekonomikoa 3 ekonomikoko 3 ' +
    'ekonomikorako 3 elkar 3 eman 3 en 3 enblematikoa 3 enblematikoetako 3 enpresa 3 erabaki 3 erabakitzea 3 ' +
    'erabilerak 3 eragiteko 3 eraiki 3 erantsia 3 erantzukizunez 3 eredua 3 eskaintzea 3 eskubideez 3 ezagutzea 3 ' +
    'fase 3',
};
