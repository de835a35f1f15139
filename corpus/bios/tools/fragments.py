"""Hand-written fragments the bio generator composes (written for this project, CC0)."""

FIRST = ["Emily", "James", "Sofia", "Daniel", "Aisha", "Wei", "Priya", "Mateo", "Hannah", "Kwame", "Laura", "Oliver",
         "Fatima", "Lucas", "Mei", "Noah", "Chloe", "Arjun", "Isabel", "Tariq", "Nora", "Diego", "Yuki", "Grace",
         "Samuel", "Amara", "Elena", "Ravi", "Leah", "Tomás", "Ingrid", "Kofi", "Zara", "Henry", "Maya", "Jonas",
         "Beatriz", "Chidi", "Rosa", "Ethan", "Anika", "Marco", "Claire", "Hiro", "Julia", "Omar", "Lena", "Pablo",
         "Nadia", "Felix", "Ama", "Victor", "Sara", "Dmitri", "Carmen", "Kenji", "Amelia", "Raúl", "Freya", "Ibrahim"]
LAST = ["Smith", "Nguyen", "Garcia", "Okafor", "Chen", "Patel", "Müller", "Rossi", "Silva", "Kowalski", "Johnson",
        "Haddad", "Kim", "Martin", "Dubois", "Ivanova", "Mensah", "Tanaka", "Fernández", "O'Brien", "Schmidt",
        "Costa", "Ahmed", "Larsen", "Moreau", "Singh", "Yamamoto", "Brown", "Rahman", "Lopez", "Novak", "Walker",
        "Bianchi", "Santos", "Hughes", "Lindqvist", "Adeyemi", "Cohen", "Ferreira", "Park", "Wright", "Becker",
        "Khan", "Romero", "Fischer", "Obi", "Sato", "Murphy", "Alvarez", "Weber", "Shah", "Dupont", "Russo"]

PLACES = ["Boston", "Memphis", "Philadelphia", "Houston", "Seattle", "Toronto", "London", "Manchester", "Sydney",
          "Melbourne", "Dublin", "Chicago", "Nashville", "Denver", "Atlanta", "Cincinnati", "Vancouver", "Glasgow",
          "Baltimore, MD", "Bethesda, MD", "Columbia, MD", "Rochester, MN", "Cleveland, OH", "Ann Arbor, MI",
          "Lagos", "Nairobi", "Mumbai", "Singapore", "Auckland", "Cape Town", "NYC", "LA", "SF Bay Area", "Utah 🏔️"]

AFFIL = ["@ a children's hospital", "at an academic medical center", "@ community hospital", "in private practice",
         "at a safety-net hospital", "@ VA", "NHS", "@ cancer center", "at a university hospital", "rural practice",
         "@ CHOP", "@ St. Jude", "at Mayo", "@ MGH", "@ Hopkins", "@ MD Anderson", "at Sick Kids", "@ Peter Mac",
         "@ Dana-Farber", "@ UCSF", "@ Cincinnati Children's", "at Stanford", "@ Penn", "@ Vanderbilt"]

DISCLAIMERS = ["Views my own.", "Views are my own.", "Opinions my own.", "Tweets ≠ medical advice.",
               "RT ≠ endorsement.", "Not medical advice.", "Personal account.", "Views mine, not my employer's.",
               "Likes are bookmarks.", "Opinions are my own, not my institution's.", "No medical advice via DM."]

PERSONAL = ["Mom of 3", "Dad of 2", "dog mom 🐶", "cat dad", "runner 🏃", "cyclist 🚴", "coffee ☕", "☕☕☕",
            "bookworm 📚", "she/her", "he/him", "they/them", "baker 🍞", "hiker 🥾", "soccer dad ⚽", "wife & mom",
            "husband, father", "first-gen", "🏳️‍🌈", "trail runner", "amateur photographer 📷", "Peloton addict",
            "gardener 🌱", "plant parent 🪴", "marathoner", "Cubs fan", "Arsenal fan", "terrible golfer",
            "guitar 🎸", "ski bum ⛷️", "foodie", "knitter 🧶", "Swiftie", "bird nerd 🐦"]

HASHTAGS = ["#MedTwitter", "#OncTwitter", "#hemetwitter", "#pedsonc", "#childhoodcancer", "#FOAMed", "#MedEd",
            "#CardioTwitter", "#NephTwitter", "#IDTwitter", "#EndoTwitter", "#PulmCrit", "#GITwitter", "#NeuroTwitter",
            "#radonc", "#MedStudentTwitter", "#NurseTwitter", "#PharmTwitter", "#EpiTwitter", "#AcademicTwitter",
            "#SciComm", "#OpenScience", "#PatientsIncluded", "#cancersurvivor", "#caregiver"]

# Clinician profession phrases per specialty slug: (English phrases, other-language phrases).
SPECIALTY_PHRASES = {
    "pediatric_hematology_oncology": (
        ["Pediatric oncologist", "Peds heme/onc", "Pediatric hematologist-oncologist", "Paediatric haematologist & oncologist",
         "Pediatric hem/onc doc", "Pediatric neuro-oncologist", "Childhood leukemia doctor", "Peds onc physician",
         "Pediatric hematology/oncology physician", "Pediatric cancer doc"],
        ["Oncólogo pediátrico", "Oncopediatra", "Oncologue pédiatre", "Hémato-oncologue pédiatrique", "Kinderonkologin",
         "Kinderhämatologe und -onkologe", "Oncoematologo pediatrico", "Oncologista pediátrica"]),
    "hematology": (
        ["Hematologist", "Haematologist", "Benign hematology", "Leukemia physician", "Myeloma doc", "Lymphoma specialist",
         "Malignant hematologist", "Thrombosis & hemostasis physician", "BMT physician", "Classical hematologist"],
        ["Hematóloga", "Hématologue", "Hämatologe", "Ematologo", "Hematologista"]),
    "medical_oncology": (
        ["Medical oncologist", "Breast oncologist", "GI oncologist", "Thoracic oncologist", "GU medical oncologist",
         "Heme/onc physician", "Oncologist", "Melanoma oncologist", "Sarcoma medical oncologist", "Gyn medical oncologist"],
        ["Oncóloga médica", "Oncologue médical", "Onkologin", "Oncologo medico", "Oncologista clínico"]),
    "radiation_oncology": (
        ["Radiation oncologist", "Rad onc", "Radiation oncology physician", "Radiotherapy consultant", "Proton therapy rad onc"],
        ["Oncólogo radioterápico", "Radiothérapeute", "Strahlentherapeutin", "Radioterapista oncologo", "Radio-oncologista"]),
    "cardiology": (
        ["Cardiologist", "Interventional cardiologist", "EP cardiologist", "Heart failure cardiologist", "Cardio-oncologist",
         "Pediatric cardiologist", "Preventive cardiologist", "Echo cardiologist"],
        ["Cardióloga", "Cardiologue", "Kardiologe", "Cardiologo", "Cardiologista"]),
    "neurology": (
        ["Neurologist", "Stroke neurologist", "Epileptologist", "Movement disorders neurologist", "MS neurologist",
         "Headache neurologist", "Child neurologist", "Neurohospitalist"],
        ["Neuróloga", "Neurologue", "Neurologin", "Neurologo", "Neurologista"]),
    "endocrinology": (
        ["Endocrinologist", "Diabetologist", "Thyroid endocrinologist", "Pediatric endocrinologist", "Endo doc",
         "Obesity medicine endocrinologist"],
        ["Endocrinóloga", "Endocrinologue", "Endokrinologe", "Endocrinologo", "Endocrinologista"]),
    "infectious_disease": (
        ["Infectious diseases physician", "ID doc", "ID physician", "HIV physician", "Transplant ID doc",
         "Pediatric infectious diseases physician", "Infectious disease specialist"],
        ["Infectóloga", "Infectiologue", "Infektiologe", "Infettivologo", "Infectologista"]),
    "pulmonology": (
        ["Pulmonologist", "Pulm/crit doc", "Pulmonary & critical care physician", "Respiratory physician",
         "Interventional pulmonologist", "Chest physician", "Pediatric pulmonologist"],
        ["Neumóloga", "Pneumologue", "Pneumologin", "Pneumologo", "Pneumologista"]),
    "gastroenterology": (
        ["Gastroenterologist", "GI doc", "Hepatologist", "IBD gastroenterologist", "Therapeutic endoscopist",
         "Pediatric gastroenterologist"],
        ["Gastroenteróloga", "Gastro-entérologue", "Gastroenterologe", "Gastroenterologo", "Gastroenterologista"]),
    "nephrology": (
        ["Nephrologist", "Kidney doc", "Transplant nephrologist", "Pediatric nephrologist", "Onconephrologist",
         "Dialysis physician"],
        ["Nefróloga", "Néphrologue", "Nephrologin", "Nefrologo", "Nefrologista"]),
    "surgery": (
        ["Surgeon", "General surgeon", "Surgical oncologist", "Breast surgeon", "Neurosurgeon", "Orthopaedic surgeon",
         "Cardiothoracic surgeon", "Transplant surgeon", "Pediatric surgeon", "Colorectal surgeon", "Urologist",
         "HPB surgeon", "Vascular surgeon"],
        ["Cirujana", "Chirurgien", "Chirurgin", "Chirurgo", "Cirurgião"]),
    "pediatrics": (
        ["Pediatrician", "Paediatrician", "General pediatrician", "Neonatologist", "PICU attending", "Pediatric hospitalist",
         "Community pediatrician"],
        ["Pediatra", "Pédiatre", "Kinderärztin", "Pediatra di famiglia", "Médica pediatra"]),
    "emergency_medicine": (
        ["Emergency physician", "ER doc", "EM physician", "Emergency medicine doc", "Pediatric emergency physician",
         "ED consultant"],
        ["Médico de urgencias", "Urgentiste", "Notfallmedizinerin", "Medico di pronto soccorso", "Médica emergencista"]),
    "internal_family_medicine": (
        ["Family physician", "GP", "Internist", "Hospitalist", "Primary care doc", "Family doc", "General internist",
         "Family medicine physician", "Rural GP"],
        ["Médico de familia", "Médecin généraliste", "Hausärztin", "Allgemeinmediziner", "Medico di medicina generale",
         "Médica de família"]),
    "nursing": (
        ["Oncology nurse", "Peds onc RN", "ICU nurse", "Nurse practitioner", "BMT nurse", "Pediatric nurse",
         "ER nurse", "Charge nurse", "Oncology nurse navigator", "NICU nurse", "Infusion nurse", "Hospice nurse",
         "Clinical nurse specialist"],
        ["Enfermera", "Infirmière", "Pflegefachfrau", "Infermiera", "Enfermeira oncológica", "Gesundheits- und Krankenpflegerin"]),
    "pharmacy": (
        ["Clinical pharmacist", "Oncology pharmacist", "Hospital pharmacist", "Pediatric pharmacist", "ID pharmacist",
         "Critical care pharmacist", "Community pharmacist"],
        ["Farmacéutica hospitalaria", "Pharmacien hospitalier", "Apothekerin", "Farmacista", "Farmacêutico clínico"]),
    "other": (
        ["Dermatologist", "Psychiatrist", "Radiologist", "Pathologist", "Anesthesiologist", "OB/GYN", "Ophthalmologist",
         "Rheumatologist", "Palliative care physician", "Allergist", "Geneticist (MD)", "Sports medicine physician"],
        ["Dermatóloga", "Psychiatre", "Radiologin", "Patologo", "Psiquiatra", "Anestesista", "Reumatóloga"]),
    "unknown": (
        ["Physician", "Doctor", "Doc", "Clinician", "Doctor & mom", "Physician, father, husband", "MD"],
        ["Médico", "Médecin", "Ärztin", "Medico", "Médica"]),
}

# Credentials per specialty family: appended to display names or bios.
PHYSICIAN_CREDS = ["MD", "DO", "MBBS", "MBChB", "MD, PhD", "MD, MPH", "MD, MSc", "MBBS, FRACP", "MBChB, FRCP",
                   "MD, FRCPC", "FRCP(C)", "MD, FACP", "MBBS MRCP", "MD, FAAP", "DO, FACEP", "MD MSCE"]
NURSE_CREDS = ["RN", "BSN, RN", "MSN, RN", "NP", "FNP-C", "RN, OCN", "RN, CPHON", "DNP, APRN", "CCRN", "APRN"]
PHARM_CREDS = ["PharmD", "PharmD, BCOP", "PharmD, BCPS", "RPh", "PharmD, BCIDP"]

STAGE_PHRASES = {
    "student": ["MS3", "MS2", "M4", "Medical student", "Med student", "MD candidate 2027", "MD/PhD student", "OMS-III",
                "4th year med student", "Medical student @ state school", "Estudiante de medicina", "Étudiante en médecine",
                "Medizinstudentin", "Studente di medicina", "Estudante de medicina"],
    "resident": ["PGY-1", "PGY-2", "PGY-3", "Resident physician", "Junior doctor", "Registrar", "Intern year survivor",
                 "Residente", "Interne des hôpitaux", "Assistenzärztin", "Specializzando"],
    "fellow": ["Fellow", "Fellow physician", "Clinical fellow", "1st-year fellow", "Fellow-in-training"],
    "attending": ["Attending", "Consultant", "Assistant Professor of Medicine", "Associate Professor", "Staff physician",
                  "Professor of Medicine", "Division chief", "Program director", "Board-certified", "Oberärztin",
                  "Médico adjunto", "Praticien hospitalier"],
    "retired": ["Retired", "Retired after 35 years", "Semi-retired", "Ret.", "Jubilado", "Retraité", "Im Ruhestand",
                "In pensione"],
}

# Residency / fellowship names per specialty slug (what trainees call their program).
TRAINEE_FIELD = {
    "pediatric_hematology_oncology": ["peds heme/onc", "pediatric hematology/oncology", "pediatric oncology"],
    "hematology": ["hematology", "heme", "BMT"],
    "medical_oncology": ["heme/onc", "medical oncology", "oncology"],
    "radiation_oncology": ["rad onc", "radiation oncology"],
    "cardiology": ["cardiology", "cards", "interventional cardiology"],
    "neurology": ["neurology", "neuro", "vascular neurology"],
    "endocrinology": ["endocrinology", "endo"],
    "infectious_disease": ["ID", "infectious diseases"],
    "pulmonology": ["pulm/crit", "pulmonary & critical care", "PCCM"],
    "gastroenterology": ["GI", "gastroenterology", "transplant hepatology"],
    "nephrology": ["nephrology", "neph"],
    "surgery": ["general surgery", "surgery", "ortho", "neurosurgery", "urology"],
    "pediatrics": ["pediatrics", "peds", "neonatology"],
    "emergency_medicine": ["EM", "emergency medicine"],
    "internal_family_medicine": ["internal medicine", "IM", "family medicine", "FM"],
    "other": ["psychiatry", "dermatology", "radiology", "pathology", "anesthesia", "OB/GYN"],
}

CLINICAL_INTERESTS = {
    "pediatric_hematology_oncology": ["ALL", "neuroblastoma", "sickle cell disease", "CAR-T in kids", "survivorship",
                                      "brain tumors in children", "AYA oncology", "hemophilia"],
    "hematology": ["AML", "myeloma", "lymphoma", "MDS", "thrombosis", "CAR-T", "stem cell transplant", "anemia"],
    "medical_oncology": ["breast cancer", "lung cancer", "immunotherapy", "GI cancers", "clinical trials", "cancer genomics"],
    "radiation_oncology": ["SBRT", "proton therapy", "brachytherapy", "CNS tumors", "head & neck"],
    "cardiology": ["heart failure", "echo", "AFib", "cardio-oncology", "lipids", "TAVR"],
    "neurology": ["stroke", "epilepsy", "MS", "dementia", "Parkinson's"],
    "endocrinology": ["diabetes", "thyroid", "obesity", "bone health", "pituitary"],
    "infectious_disease": ["HIV", "antimicrobial stewardship", "TB", "vaccines", "transplant ID"],
    "pulmonology": ["asthma", "COPD", "ICU", "lung transplant", "ILD"],
    "gastroenterology": ["IBD", "endoscopy", "liver disease", "colon cancer screening"],
    "nephrology": ["dialysis", "glomerular disease", "kidney transplant", "AKI"],
    "surgery": ["robotic surgery", "trauma", "HIPEC", "sarcoma", "surgical education"],
    "pediatrics": ["vaccines", "newborns", "adolescent health", "child advocacy", "breastfeeding"],
    "emergency_medicine": ["ultrasound", "resuscitation", "toxicology", "EMS", "night shifts"],
    "internal_family_medicine": ["primary care", "med ed", "chronic disease", "preventive care", "rural health"],
    "nursing": ["patient education", "chemo safety", "symptom management", "nurse wellness", "night shift"],
    "pharmacy": ["chemo safety", "drug interactions", "antimicrobial stewardship", "dosing", "drug shortages"],
    "other": ["skin cancer", "mental health", "imaging", "palliative care", "lupus"],
    "unknown": ["evidence-based medicine", "med ed", "health equity", "global health"],
}

RESEARCHER_PHRASES = [
    "PhD in cancer biology", "Postdoc studying leukemia stem cells", "Epidemiologist", "Cancer epidemiologist",
    "Biostatistician", "Statistician", "Computational biologist", "Immunologist (PhD)", "PI of a tumor immunology lab",
    "Assistant Professor of Epidemiology", "Cancer researcher", "Health services researcher", "Health economist",
    "PhD candidate in biostatistics", "Data scientist in health research", "Nurse scientist", "Pharmacologist (PhD)",
    "Molecular biologist", "Geneticist (PhD)", "Bioinformatician", "Research fellow, PhD", "Trialist & methodologist",
    "Associate Professor of Biostatistics", "Cell biologist", "Pharmacoepidemiologist", "Implementation scientist",
    "Infectious disease epidemiologist", "Neuroscientist", "Structural biologist", "Senior scientist in translational oncology",
    "Investigadora en oncología pediátrica", "Chercheur en immunologie", "Wissenschaftlerin, Krebsforschung",
    "Ricercatore in epidemiologia", "Pesquisadora em bioestatística", "Doctorante en biologie cellulaire",
]
RESEARCH_TOPICS = ["T cells", "CRISPR screens", "single-cell RNA-seq", "causal inference", "survival analysis",
                   "clinical trial methods", "meta-analysis", "health disparities", "drug resistance", "tumor microenvironment",
                   "R & Stan", "Python", "mouse models", "cancer registries", "real-world evidence", "global health",
                   "pharmacokinetics", "Bayesian stats", "open science", "reproducibility"]
RESEARCH_PLACES = ["@ university", "at a cancer institute", "@ NIH", "@ Broad", "at Karolinska", "@ Oxford", "@ ETH",
                   "@ Inserm", "@ CNIO", "@ a biotech", "@ school of public health", "@ Wellcome Sanger"]

PUBLIC_PHRASES = [
    "AML survivor", "ALL mom", "Leukemia dad", "Hodgkin lymphoma survivor", "Stage IV colon cancer thriver",
    "Living with MS", "T1D since 2003", "Heart transplant recipient", "Sickle cell warrior", "Breast cancer survivor",
    "Caregiver for my mom", "Mom to a childhood cancer survivor", "Patient advocate", "Myeloma patient",
    "Long COVID patient", "Kidney transplant recipient", "CHD heart mom", "Brain tumor survivor",
    "Nurse's wife", "Doctor's wife", "Married to a surgeon", "Proud mom of a nurse", "Daughter of a retired doctor",
    "Retired teacher", "Engineer", "Lawyer", "Accountant", "Small business owner", "Stay-at-home dad", "Veteran",
    "Truck driver", "Librarian", "Real estate agent", "Student", "Grandma of 6", "Musician", "Chef", "Farmer",
    "Doctor Who fan", "Dr Pepper fan", "Sobreviviente de leucemia", "Maman d'un enfant malade", "Krebspatientin",
    "Paziente oncologica", "Mãe de guerreiro", "Software developer", "Teacher", "Firefighter", "Electrician",
]
PUBLIC_EXTRAS = ["Ravens fan", "Orioles", "Go Terps!", "God, family, country", "Jesus follower ✝️", "crypto 🚀",
                 "gamer 🎮", "dog lover 🐕", "cat lady 🐈", "fishing 🎣", "Not a doctor.", "I am not a medical professional.",
                 "Sharing our journey.", "One day at a time.", "Hope 🎗️", "#cancersucks", "Fighting for a cure 💪",
                 "Support research!", "Love my grandkids", "coffee & jesus", "gardening", "wine mom 🍷", "DMs open",
                 "Baltimore, MD", "Rockville, MD", "Frederick, MD", "Salisbury, MD", "Silver Spring, MD", "Ohio",
                 "Texas", "Florida", "Dublin", "Madrid", "Lyon", "Köln", "Bologna", "Porto"]

COMMUNICATOR_PHRASES = [
    "Health reporter", "Science journalist", "Medical writer", "Health & science editor", "Podcast host",
    "Science communicator", "Freelance health journalist", "Medical journalist", "Health policy writer",
    "Pharma & biotech reporter", "Science writer", "Newsletter about cancer research", "Medical content creator",
    "Editor, medical news site", "Data journalist", "Health correspondent", "Broadcast journalist, health desk",
    "Periodista científica", "Journaliste scientifique", "Medizinjournalist", "Giornalista medico-scientifico",
    "Jornalista de saúde", "Science YouTuber", "Communications manager, cancer charity", "Medical illustrator & writer",
]
COMMUNICATOR_EXTRAS = ["DMs open for tips", "Signal available", "Pitches welcome", "Words in many outlets",
                       "Formerly @ a newspaper", "Bylines: everywhere", "Author of a book on cancer", "Views my own",
                       "RTs ≠ endorsements", "ex-scientist", "Making science accessible", "Newsletter ↓", "🎙️",
                       "📰", "✍️", "Stories about medicine and the people in it"]

ORG_TEMPLATES = [
    ("journal", ["Official account of {J}", "{J}: peer-reviewed journal", "{J} — publishing research since 1958",
                 "Latest articles from {J}", "Official Twitter of {J}. Editor-in-chief: see website."]),
    ("hospital", ["Official account of {H}", "{H}. Care, research, education.", "News from {H}",
                  "{H} — caring for kids and families", "Official page of {H}. Not for medical emergencies."]),
    ("society", ["{S}: professional society for clinicians and scientists", "Official account of the {S}",
                 "{S}. Advancing care through education and research.", "Annual meeting news from {S}"]),
    ("pharma", ["{P}: global biopharmaceutical company", "{P} — innovative medicines. Intended for US audiences.",
                "Official account of {P}. Report side effects via our website.", "{P}: biotech developing cell therapies"]),
    ("bot", ["Automated feed of new {T} papers from PubMed", "🤖 Bot posting {T} preprints", "I am a bot. New {T} trials from ClinicalTrials.gov",
             "Automated account. RSS feed for {T} journals.", "Unofficial bot: tracks {T} articles. Not monitored."]),
    ("foundation", ["{F}: funding research, supporting families", "Nonprofit. {F} fights for a cure.",
                    "{F} — charity for patients and caregivers. Donate ↓", "Official account of {F}, a patient advocacy organization"]),
    ("department", ["Department of {D} at a university", "Division of {D} — clinical care, research, training",
                    "The {D} lab: posts by lab members", "{D} research group"]),
    ("news", ["{N}: daily medical news", "{N} — breaking health news", "{N}. Independent medical news outlet."]),
]
ORG_NAMES = {
    "J": ["Journal of Clinical Hematology", "Pediatric Blood Reports", "Annals of Oncology Research", "Heart Journal Today",
          "Neurology Letters", "Kidney International Reports", "Revista de Hematología", "Journal of Endocrine Studies"],
    "H": ["Riverside Children's Hospital", "St. Mary's Medical Center", "Northview Cancer Institute", "Lakeshore University Hospital",
          "Hôpital Saint-Louis", "Universitätsklinikum Nord", "Ospedale San Marco", "Hospital das Clínicas Sul"],
    "S": ["Society of Pediatric Hematology", "American Academy of Clinical Oncology", "European Heart Association",
          "Oncology Nursing Society", "Society of Infectious Diseases Pharmacists", "Asociación de Nefrología"],
    "P": ["Genvora", "Oncaris Therapeutics", "Helixa Bio", "Medipharm AG", "BluePeak Biotech", "Corvantis"],
    "T": ["hematology", "oncology", "pediatric oncology", "cardiology", "nephrology", "infectious disease", "leukemia"],
    "F": ["Children's Leukemia Fund", "Hope for Kids Foundation", "Lymphoma Action Network", "Sickle Cell Alliance",
          "Brain Tumor Families", "Fundación Sonrisas"],
    "D": ["Pediatric Oncology", "Hematology", "Epidemiology", "Cardiology", "Medicine", "Surgery"],
    "N": ["MedWire", "OncoNews Daily", "HealthBeat", "Clinical Pulse", "The Cancer Letter Digest"],
}
